"""Pair labels with their values by geometry: same cell, next cell, the cell below, or a table column.

Labels are found by their words (lexicon.py), not by exact strings; values are wherever a printed form
puts them: after a colon or a wide gap on the same line, in the box under a small label, under a column
header, or in a block of values beside a block of labels (each row then is a label cell and a value cell).

This module builds the index and pairs each label with its value; the label words are found in kv_labels.py,
table columns walked in kv_columns.py, values named in sentences in kv_prose.py, and the data they pass between
them is in kv_types.py.
"""

from __future__ import annotations

import re

from intake.extract.box_numbers import numbered_captions_under
from intake.extract.kv_columns import _caps_heads_over_values, _next_cell, column, is_table_header, speck
from intake.extract.kv_labels import (
    BULLET, _adjective_cell, _adjective_label, _caption_place, _names_a_number, find_labels, prose_row,
    split_parenthetical, split_re_line
)
from intake.extract.kv_split_box import split_box_pairs, split_caption
from intake.extract.role_columns import role_columns
from intake.extract.kv_trailing import bracketed_captions, caption_cells_after_values, trailing_captions
from intake.extract.kv_types import (
    BOX_LETTER, Cell, DIGIT, KVIndex, Label, NO_VALUE, Pair, _classes_of, _slash_parts, caption_parts as _parts,
    spelled_out
)
from intake.extract.kv_wrapped import merge_wrapped_captions
from intake.extract.lexicon import CONNECTOR, Lexicon
from intake.extract.text import fold
from intake.layout import cells as line_cells
from intake.model import Document, Line, Word


def split_header(row: list[Cell], below: list[Cell] | None, lex: Lexicon) -> list[Cell]:
    """A header row whose labels ran together ('Date of Service Provider Charges') is cut where the
    columns of the row below it are: each header word goes to the value cell nearest under it."""
    words = [w for c in row for w in c.words]
    if not below or len(below) <= len(row) or any(DIGIT.search(w.text) for w in words) or prose_row(words):
        return row
    if _taller(row[0].line, below[0].line):
        return row  # a title in larger type over a table is no header of it
    if len(row) == 1 and len(words) >= 4 and words[-1].text.endswith(":"):
        return row  # a sentence leading into the table ('... items you received from Example Laboratory:')
    if len(row) == 2 and row[0].text.rstrip().endswith(":") and not row[1].text.rstrip().endswith(":"):
        return row  # 'Provider: | Example Reference Laboratory' over a table: a label and its value
    labelish = sum(lex.word_classes(w.text, w.conf) is not None for w in words)
    if labelish < 0.6 * len(words) or len(words) < 2:
        return row
    out: list[Cell] = []
    for c in row:
        groups: list[list[Word]] = []
        last = None
        for w in c.words:
            mid = (w.bbox[0] + w.bbox[2]) / 2
            k = min(range(len(below)), key=lambda j: _distance(mid, below[j]))
            if k != last:
                groups.append([])
                last = k
            groups[-1].append(w)
        out.extend(Cell(g, c.line) for g in groups)
    return out


def _taller(a: Line, b: Line) -> bool:
    """Line a is set in clearly larger type than line b (a header's parts share one size); the median word
    height, so that one tall glyph read from a rule or a box ('|') does not count."""
    return _type_size(a) > 1.45 * max(_type_size(b), 1)


def _type_size(line: Line) -> float:
    hs = sorted(w.bbox[3] - w.bbox[1] for w in line.words) or [line.height]
    return hs[len(hs) // 2]


def _distance(x: float, cell: Cell) -> float:
    if cell.x0 <= x <= cell.x1:
        return 0.0
    return min(abs(x - cell.x0), abs(x - cell.x1))


def _row_cells(line: Line) -> list[Cell]:
    return [part for ws in line_cells(line) for cell in split_re_line(Cell(ws, line)) for part in _counter_apart(cell)]


ITEM_COUNTER = re.compile(r"(\d{1,2}) (?:of|de) (\d{1,2})")


def _counter_apart(cell: Cell) -> list[Cell]:
    """'2 of 3 Claim QX31-0042 Example Clinic': the count of a block of several opens its heading line; the
    label after it starts the facts, as at a line's start."""
    words = cell.words
    if len(words) < 5 or not words[3].text[:1].isupper():
        return [cell]
    m = ITEM_COUNTER.fullmatch(" ".join(w.text for w in words[:3]))
    if not m or not 0 < int(m.group(1)) <= int(m.group(2)):
        return [cell]
    return [Cell(words[:3], cell.line), Cell(words[3:], cell.line)]


def _lower_case_captions(ix: KVIndex) -> None:
    """A caption row's cells that name a value with an adjective in small letters ('appeal claim no.' beside
    'statement date' and 'group'): labels too, once the row is known to caption the values over it."""
    for ln in ix.lines:
        if id(ln) not in ix.captions:
            continue
        for cell in ix.cells[id(ln)]:
            if any(lab.cell is cell for lab in ix.labels):
                continue
            found = _adjective_label(cell, ix.lex, lower=True)
            ix.labels.extend(found)
            ix.labelled.update(id(lab.cell) for lab in found)


def _next_line(lines: list[Line], i: int) -> Line | None:
    """The line right under line i on the same page, if it follows closely (a table's next row)."""
    if i + 1 >= len(lines):
        return None
    a, b = lines[i], lines[i + 1]
    if b.page != a.page or b.bbox[1] - a.bbox[3] > 2.5 * max(a.height, 1):
        return None
    return b


def build_index(doc: Document, lex: Lexicon) -> KVIndex:
    ix = KVIndex(doc, lex, lines=[ln for ln in doc.lines if ln.words])
    rows = [[part for c in _row_cells(ln) for part in split_parenthetical(c, lex)] for ln in ix.lines]
    rows, numbered = numbered_captions_under(ix.lines, rows)
    for i, ln in enumerate(ix.lines):
        ix.pos[id(ln)] = i
        ix.cells[id(ln)] = split_header(rows[i], _row_below(ix.lines, rows, i), lex)
    _merge_wrapped_headers(ix, lex)
    merge_wrapped_captions(ix, lex, _next_line)
    split: list[tuple[Cell, list]] = []
    for ln in ix.lines:
        row = ix.cells[id(ln)]
        boxes = [split_caption(c, lex, ix) for c in row]
        split += [(c, b) for c, b in zip(row, boxes) if b is not None]
        ix.labelled.update(id(c) for c, b in zip(row, boxes) if b is not None)
        founds = [find_labels(c, lex) if b is None else [] for c, b in zip(row, boxes)]
        for k, (c, found) in enumerate(zip(row, founds)):
            if found and (found[0].start == 0 or (_caption_place(ix, row, founds, k) and _adjective_cell(c, found))):
                ix.labelled.add(id(c))
            if _all_label_words(c, lex):
                ix.headers.add(id(c))
            beside = row[k + 1] if k + 1 < len(row) else None
            ix.labels.extend(part for lab in found for part in _split_at_slashes(lab, lex, beside))
    ix.labels = [_wrapped(ix, lab) for lab in ix.labels]
    from intake.extract.captions import caption_rows

    ix.captions = caption_rows(ix) | {id(ix.lines[i]) for i in numbered}
    _lower_case_captions(ix)
    for lab in ix.labels:
        ix.pairs.extend(pairs_of(ix, lab))
    for c, box in split:  # (after every label is placed: a split caption's values are found by order)
        ix.labels.extend(lab for lab in box if lab is not None)
        ix.pairs.extend(split_box_pairs(ix, c, box))
    _add_captions_after_values(ix)
    role_columns(ix)
    return ix


def _add_captions_after_values(ix: KVIndex) -> None:
    """Captions printed after their values ('QX-2047-11 member no.', '... (member no.)', a caption's cell right of
    its value's): their pairs, and no pair of theirs with a value under them."""
    trailing = trailing_captions(ix)
    after_value = {id(lab.cell) for lab, _ in trailing}
    ix.pairs = [p for p in ix.pairs if id(p.label.cell) not in after_value or p.how == "left" or
                p.label.end < len(p.label.cell.words)]  # (a caption closing the cell after its value: its value is
    # before it, not under it)
    beside = caption_cells_after_values(ix)
    first_caption = {}
    for lab, _ in beside:
        first_caption[id(lab.cell.line)] = min(lab.cell.x0, first_caption.get(id(lab.cell.line), lab.cell.x0))
    ix.pairs = [p for p in ix.pairs if p.label.cell.x0 < first_caption.get(id(p.label.cell.line), float("inf")) - 1]
    for lab, pair in trailing + beside + bracketed_captions(ix):
        ix.labels.append(lab)
        ix.pairs.append(pair)


def _row_below(lines: list[Line], rows: list[list[Cell]], i: int) -> list[Cell] | None:
    """The row of cells under line i that a header's columns are read from: the next line, or, when the next is
    the second line of a wrapped header ('Amount' over 'billed', fewer cells than the row, no digits), the row of
    most cells among the table's first rows under it (one row's cells may run together where another's do not)."""
    if _next_line(lines, i) is None:
        return None
    below = rows[i + 1]
    if len(below) >= len(rows[i]) or any(DIGIT.search(c.text) for c in below):
        return below
    data, j = [], i + 1
    while len(data) < 3 and _next_line(lines, j) is not None and any(DIGIT.search(c.text) for c in rows[j + 1]):
        data.append(rows[j + 1])
        j += 1
    return max(data, key=len) if data else below


def _split_at_slashes(lab: Label, lex: Lexicon, beside: Cell | None = None) -> list[Label]:
    """'Member ID / Group QX1234 / G-45': one label of two fields a slash apart, its values after it the same
    way, is a label per field (each takes its value in its place, `_slash_chain`); so is a label filling its
    cell beside a cell of as many values ('Patient / ID' | 'Ana Reyes / QX1234'). Kept whole when its values
    stand elsewhere (below a header row: `_slash_matched` splits the value there) or a part names no field."""
    words = lab.cell.words[lab.start:lab.end]
    if not any(w.text == "/" for w in words):
        return [lab]
    if lab.end >= len(lab.cell.words) and (beside is None or len(_slash_parts(beside.words)) !=
                                           len(_slash_parts(words)) or lab.start or not DIGIT.search(beside.text)):
        return [lab]  # (a header row's next header, 'Farmacia / fecha' | 'Cant./días', holds no value)
    out, start = [], lab.start
    for k in range(lab.start, lab.end + 1):
        if k == lab.end or lab.cell.words[k].text == "/":
            classes = _classes_of(lab.cell.words[start:k], lex)
            scores = lex.field_scores(classes) if classes - {CONNECTOR} else ()
            if not scores:
                return [lab]
            out.append(Label(lab.cell, start, k, lab.colon, classes, scores))
            start = k + 1
    return out if len({x.scores[0].field for x in out}) == len(out) else [lab]


def _wrapped(ix: KVIndex, lab: Label) -> Label:
    """A label broken at a line's end ('... Supplier Claim' over 'Number 01-7730-...'): the line's opening
    'Number', 'No.' or 'ID' takes the label words that end the line above it, as a reader joins them."""
    if lab.start or lab.colon or lab.classes - {"head", "ident", CONNECTOR} or lab.cell.words[0] is not lab.cell.line.words[0]:
        return lab  # ('ID number:' with its colon is a whole label of its own)
    pos = ix.position(lab.cell.line)
    above = ix.lines[pos - 1] if pos > 0 else None
    if above is None or above.page != lab.cell.line.page or lab.cell.line.bbox[1] - above.bbox[3] > 1.5 * above.height \
            or abs(above.bbox[0] - lab.cell.line.bbox[0]) > 3 * above.height or above.text.rstrip().endswith((".", ":")):
        return lab
    best, tail = lab, set(lab.classes)
    for w in reversed(above.words[-3:]):  # 'Claim' before 'Supplier Claim': the nearest words that name it best
        got = ix.lex.word_classes(w.text, w.conf)
        if not got or not w.text[:1].isupper():
            break  # (a sentence's 'their claim' over 'number 123' names another's claim in running text)
        tail |= got
        scores = ix.lex.field_scores(frozenset(tail))
        if got - {CONNECTOR} and scores and scores[0].score > (best.scores[0].score if best.scores else 0):
            best = Label(lab.cell, lab.start, lab.end, lab.colon, frozenset(tail), scores)
    return best


def _all_label_words(cell: Cell, lex: Lexicon) -> bool:
    got = [lex.word_classes(w.text, w.conf) for w in cell.words]
    return all(g is not None for g in got) and any(g - {CONNECTOR} for g in got) and not DIGIT.search(cell.text)


def _header_like(row: list[Cell], lex: Lexicon) -> bool:
    return len(row) >= 2 and not any(DIGIT.search(c.text) for c in row) and \
        sum(_all_label_words(c, lex) for c in row) >= 1 and all(len(c.words) <= 6 for c in row)


def _merge_wrapped_headers(ix: KVIndex, lex: Lexicon) -> None:
    """A table header printed over two or three lines ('Amount the' / 'provider' / 'billed') becomes one
    header row: each lower part joins the header cell above it."""
    i = 0
    while i < len(ix.lines):
        head = ix.cells[id(ix.lines[i])]
        j = i
        # ('Provider: | Example Reference | Laboratory' over a table's header: a label and its value, no header)
        while len(head) >= 3 and _header_like(head, lex) and _next_line(ix.lines, j) is not None and \
                not any(c.text.rstrip().endswith(":") for c in head[:-1]):
            below = ix.cells[id(ix.lines[j + 1])]
            if not below or any(DIGIT.search(c.text) for c in below) or any(len(c.words) > 3 for c in below):
                break
            if _taller(ix.lines[j], ix.lines[j + 1]) or _taller(ix.lines[j + 1], ix.lines[j]):
                break  # a title over a header row, or a header over a caption in other type: not one header
            if any(c.text.endswith(":") for c in below) or 2 * sum(_all_label_words(c, lex) for c in below) < len(below):
                break  # a row of 'Name: | Jane Doe' pairs under a two-part heading, not the rest of a header
            if 2 * sum(not any(h.x0 < c.x1 and h.x1 > c.x0 for h in head) for c in below) >= len(below):
                break  # 'CLAIM DENIAL - PROVIDER COPY' over a row of captions reaching past it: a title, no header
            for c in below:
                over = [h for h in head if h.x0 < c.x1 and h.x1 > c.x0]
                if over:
                    over[0].words = over[0].words + c.words
                else:
                    head.append(Cell(c.words, head[0].line))
            head.sort(key=lambda c: c.x0)
            ix.cells[id(ix.lines[j + 1])] = []
            j += 1
        i = j + 1


def pairs_of(ix: KVIndex, lab: Label) -> list[Pair]:
    """Where this label's value may be, best first. A label that names its field only in one of its slash
    parts ('Billed / allowed') takes a value only from a value list matched part for part ('$90.00 / $45.00'):
    one value under two names ('Account / patient #: 1234') may be either's."""
    out = []
    for pair in _pairs_of(ix, lab):
        matched = _slash_matched(ix.lex, pair)
        if matched is pair and _named_by_a_part(ix.lex, lab):
            continue
        out.append(matched)
        if matched is not pair:
            out.extend(_other_parts(ix.lex, pair))
    return out


def _other_parts(lex: Lexicon, pair: Pair) -> list[Pair]:
    """'Group / Certificate No.' over 'W1234 / QX5678', 'Group/Member No. G-7 / QX5678': the label's whole words
    name one field (the group), but each part a slash apart names its own, and the value in the same place is
    that part's ('QX5678' the member's), as `_slash_matched` gives the whole label the value in its part's place."""
    lab = pair.label
    names = _parts(lab.cell.words[lab.start:lab.end])
    values = _parts(pair.value.words)
    out = []
    for name, value in zip(names, values):
        classes = _classes_of(name, lex)
        scores = lex.field_scores(classes) if classes - {CONNECTOR} else ()
        if scores and scores[0].field != lab.scores[0].field:
            own = tuple(sc for sc in scores if sc.field != lab.scores[0].field)  # (the whole label's field is its)
            out.append(Pair(Label(lab.cell, lab.start, lab.end, lab.colon, classes, own), Cell(value, pair.value.line),
                            pair.how))
    return out


def _named_by_a_part(lex: Lexicon, lab: Label) -> bool:
    words = lab.cell.words[lab.start:lab.end]
    return any(w.text == "/" for w in words) and not lex.field_scores(_classes_of(words, lex))


def _slash_matched(lex: Lexicon, pair: Pair) -> Pair:
    """Labels joined by slashes over values joined the same way ('BIN / PCN / RxGRP' then '610014 / MEDD /
    RX1234', as a drug card prints them): the label's field takes the value in its own place."""
    lab = pair.label
    names = _parts(lab.cell.words[lab.start:lab.end])
    values = _parts(pair.value.words)
    if len(names) < 2 or len(names) != len(values) or not lab.scores:
        return pair
    want = lab.scores[0].field
    best = [k for k, ws in enumerate(names)
            if any(sc.field == want for sc in lex.field_scores(_classes_of(ws, lex)))]
    if len(best) != 1:
        return pair
    return Pair(lab, Cell(values[best[0]], pair.value.line), pair.how)


def _pairs_of(ix: KVIndex, lab: Label) -> list[Pair]:
    cell = lab.cell
    later = [x.start for x in ix.labels if x.cell is cell and x.start > lab.start]
    stop = min(later) if later else len(cell.words)
    inline = cell.words[lab.end:stop]
    if lab.colon and lab.cell.words[lab.end - 1].text.endswith(":"):
        inline = _to_sentence_end(inline)  # (a colon's label, not a sentence's 'providers;' before its remark code)
    inline = _to_clause_end(inline)
    if not any(re.search(r"[A-Za-z0-9]", w.text) for w in inline) or \
            _bracketed_aside(cell.words[lab.start:lab.end], inline, ix.lex):
        inline = []  # ('Numero de miembro .': a speck after the caption, its value beside or below)
    chained = _slash_chain(ix, lab) if "/" in (w.text for w in cell.words) else None
    if chained is not None:
        return chained
    if inline:
        return [Pair(lab, Cell(inline + _number_tail(ix, cell, inline), cell.line), "inline")]
    if stop < len(cell.words):
        return []  # the next label follows at once: this one's value is elsewhere or missing
    if id(cell.line) in ix.captions:
        return _value_above(ix, lab)
    if (parted := _parted_caption_under(ix, lab)):
        return parted
    if all(speck(w) for w in cell.words[:lab.start]) and is_table_header(ix, cell.line):  # ('7 MEDICAID ID')
        return [Pair(lab, c, "column") for c in column(ix, cell)]
    if _opens_cell(lab) and not lab.colon and not _value_under(ix, cell) and \
            (left := _value_left(ix, cell)) is not None:
        return [Pair(lab, left, "left")]
    out = []
    nxt = _next_cell(ix, cell)
    if nxt is not None and NO_VALUE.fullmatch(nxt.text.strip()):
        return []  # 'Referral no.    None on file': the label says it has none, the cell below is another's
    if nxt is not None and id(nxt) not in ix.labelled and id(nxt) not in ix.headers and \
            not _names_a_number(nxt, ix.lex) and not _caps_heads_over_values(ix, cell, nxt) and not _lettered_box(lab):
        out.append(Pair(lab, nxt, "next cell"))
    for c in column(ix, cell, max_rows=2, sidebar=True):
        if id(c) in ix.labelled or id(c) in ix.headers or (len(c.words) > 8 and not spelled_out(c.words)):
            break
        out.append(Pair(lab, c, "below"))
    if not out and lab.colon:
        out += _over_page_turn(ix, lab)
    return out + _date_over_caption(ix, lab)


def _number_tail(ix: KVIndex, cell: Cell, inline: list[Word]) -> list[Word]:
    """'Reference UM 3108 4417' over a line holding only '52': a number in groups broken at the line's end goes
    on in the lone group of digits under it (never a line of its own words, a page number or a date)."""
    line = cell.line
    if inline[-1] is not line.words[-1] or not inline[-1].text.isdigit() or len(inline[-1].text) < 3:
        return []
    below = _next_line(ix.lines, ix.position(line))
    if below is None or len(below.words) != 1 or not re.fullmatch(r"\d{1,4}", below.words[0].text):
        return []
    return [below.words[0]] if below.bbox[0] <= line.bbox[0] + 2 * max(line.height, 1) else []


def _bracketed_aside(label: list[Word], inline: list[Word], lex: Lexicon) -> bool:
    """'Patient (dependent 02)': a caption's bracketed words about whose value it is, no value (the bracket may
    open inside the label's words); the name stands below or beside it. A bracket of a value alone ('(QX12345)')
    holds no label word."""
    opened = next((k for k, w in enumerate(label) if w.text.startswith("(")), None)
    aside = (label[opened:] if opened is not None else []) + inline
    if not inline or not aside[0].text.startswith("(") or not inline[-1].text.endswith(")") or \
            sum(w.text.count("(") for w in aside) != 1:
        return False
    return any(lex.word_classes(w.text.strip("()"), w.conf) is not None for w in aside if len(w.text.strip("()")) > 2)


def _value_under(ix: KVIndex, cell: Cell) -> bool:
    """A caption of a block beside an address with its value right under it, parted as the caption is ('Plan /
    Member No.' over 'QH5208-014 / QLR7391042'): the value is that one, not the address line's left of the caption."""
    names = _parts(cell.words)
    if len(names) < 2:
        return False
    below = column(ix, cell, max_rows=1)
    return bool(below) and id(below[0]) not in ix.labelled and len(_parts(below[0].words)) == len(names) and \
        DIGIT.search(below[0].text) is not None


def _value_left(ix: KVIndex, cell: Cell) -> Cell | None:
    """A block of rows each printing its value first and its caption after it ('06/18/2031   Date(s) asked for',
    '3102-58137   Your reference'): the caption's value is the cell left of it, where three rows or more in a
    run hold a value cell then a caption cell of label words alone, the captions starting at one place."""
    row = ix.cells.get(id(cell.line), [])  # (the block may stand right of an address: its rows' last two cells)
    if len(row) < 2 or row[-1] is not cell or not _value_then_caption(ix, row[-2:]):
        return None
    pos, run = ix.position(cell.line), 1
    for step in (-1, 1):
        k, skipped = pos + step, 0
        while 0 <= k < len(ix.lines) and ix.lines[k].page == cell.line.page:
            other = ix.cells.get(id(ix.lines[k]), [])
            aligned = len(other) >= 2 and (abs(other[-1].x0 - cell.x0) <= 2 * cell.line.height or
                                           abs(other[-2].x0 - row[-2].x0) <= 2 * cell.line.height)  # (or the values)
            if aligned and _value_then_caption(ix, other[-2:]):
                run += 1
            elif not skipped and len(other) <= 2:
                skipped = 1  # a value whose caption OCR lost, garbled or ran into it: the block goes on past it
            else:
                break
            k += step
    if run < 3 and not POINTS_LEFT.match(cell.text):
        return None
    return _value_run(row[:-1], cell.line.height)


def _value_run(cells: list[Cell], height: float) -> Cell:
    """The value before a caption: its last cell and the cells set close before it ('QX  4326  7134' read apart)."""
    k = len(cells) - 1
    while k > 0 and cells[k].x0 - cells[k - 1].x1 < 3 * height and len(cells[k - 1].words) <= 2:
        k -= 1
    return cells[-1] if k == len(cells) - 1 else Cell([w for c in cells[k:] for w in c.words], cells[-1].line)


POINTS_LEFT = re.compile(r"^\s*(?:\u00ab|\u2190|<-|<<)")  # ('QX 4326 7134  \u00ab member no.': the arrow names its value)


def _value_then_caption(ix: KVIndex, row: list[Cell]) -> bool:
    """A row of a value cell (a number, a date, a name: short, no sentence, no label) then a caption of label words
    alone, a bullet or arrow before it allowed, and no colon on either side."""
    value, caption = row
    words = [w for w in caption.words if ARROW_MARK.search(w.text)]
    said = [w for w in value.words if len(w.text) >= 4 and w.text.isalpha() and w.text.islower()]
    if len(value.words) > 7 or len(said) > 1:
        return False  # a column of running text beside a column of captions: no value of them
    return id(value) not in ix.labelled and id(value) not in ix.headers and 0 < len(words) <= 6 and \
        _all_label_words(Cell(words, caption.line), ix.lex) and not caption.text.rstrip().endswith(":") and \
        not value.text.rstrip().endswith(":")


ARROW_MARK = re.compile(r"[A-Za-z0-9]")  # a word, not an arrow or a bullet ('\u00ab', '+', '\u2190' as OCR reads it)


def _opens_cell(lab: Label) -> bool:
    """The label opens its cell, or only a bullet or an arrow comes before it ('\u00ab date you got care')."""
    return all(BULLET.fullmatch(w.text) for w in lab.cell.words[:lab.start])


def _lettered_box(lab: Label) -> bool:
    """'A. Notice date  B. Claim number  C. ...': a row of lettered boxes' captions, each value in the box under
    its caption; the cell beside a caption is the next box's caption, however OCR garbled it."""
    return lab.start == 1 and not lab.colon and bool(BOX_LETTER.fullmatch(lab.cell.words[0].text))  # ('B. Name:'


    # with its colon is an item of a form whose value follows it)


def _slash_chain(ix: KVIndex, lab: Label) -> list[Pair] | None:
    """Labels a slash apart, their values after the last the same way ('Member ID / Group  ABC123 / G-45'):
    each label takes the value in its own place, none when the counts differ; None when no such run."""
    chain = sorted((x for x in ix.labels if x.cell is lab.cell), key=lambda x: x.start)
    runs: list[list[Label]] = []
    for x in chain:
        between = lab.cell.words[runs[-1][-1].end:x.start] if runs else []
        if runs and between and all(w.text == "/" for w in between):
            runs[-1].append(x)
        else:
            runs.append([x])
    run = next((r for r in runs if any(x is lab for x in r)), [])
    if len(run) < 2:
        return None
    after = lab.cell.words[run[-1].end:]
    if not after and (beside := _next_cell(ix, lab.cell)) is not None:
        after = beside.words  # the values in the next cell ('Patient / ID' | 'Ana Reyes / QX1234')
    values = _slash_parts(after)
    if len(values) != len(run):
        return []
    k = next(i for i, x in enumerate(run) if x is lab)
    return [Pair(lab, Cell(values[k], lab.cell.line), "inline")]


# words whose full stop abbreviates rather than ends a sentence ('St. Mary Hospital', 'Dr. Ana Reyes', 'No. 12')
ABBREVIATION = re.compile(r"^(?:st|dr|dra|mr|mrs|ms|sr|sra|jr|no|nos|inc|co|corp|ltd|mt|ave|rd|ste|apt|vs|etc|e\.g|i\.e)\.$", re.I)


def _to_sentence_end(words: list[Word]) -> list[Word]:
    """An inline value ends where its sentence does: 'Total billed on the claim: $90.00. We paid 99213 and ...'
    gives the claim label $90.00, not the procedure codes of the next sentence. A sentence ends after a number, a
    word in small letters or a credential in capitals ('Dr. Ana', 'Mesa Inc. Billing' run on)."""
    for k in range(1, len(words)):
        prev, word = words[k - 1].text, words[k].text
        stem = prev.rstrip(".")
        ends = prev.endswith(".") and len(prev) > 2 and (prev[0].islower() or any(ch.isdigit() for ch in prev) or
                                                         (stem.isalpha() and stem.isupper() and (len(stem) > 2 or stem == "MD")))
        # ('..., MD. Patient', '..., DDS. The'; never 'OD.' or 'DO.', as often an initial OCR read with a letter too many)
        if ends and not ABBREVIATION.match(prev) and word[:1].isupper() and word[1:2].islower():
            return words[:k]
    return words


CLAUSE_SUBJECT = frozenset({"your", "our", "the", "his", "her", "their", "its", "su", "sus", "el", "la", "nuestro",
                            "nuestra"})


def _to_clause_end(words: list[Word]) -> list[Word]:
    """An inline value ends where a new clause opens after a comma or semicolon ('number PA123, and your member
    ID is W456'): the next clause names its own thing."""
    for k in range(1, len(words) - 1):
        if not words[k - 1].text.endswith((",", ";")):
            continue
        j = k + (fold(words[k].text) in ("and", "or", "y", "o"))
        if j < len(words) and fold(words[j].text) in CLAUSE_SUBJECT and (j > k or words[k - 1].text.endswith(";")):
            return words[:k]
    return words


def _date_over_caption(ix: KVIndex, lab: Label) -> list[Pair]:
    """A lone 'Date' caption under a date alone in its cell (a signature block's 'Name ... Date' printed
    under 'Ana Reyes ... March 4, 2026'): the date is the caption's value."""
    from intake.extract.captions import above
    from intake.extract.dates import find_dates

    if lab.start or lab.end != len(lab.cell.words) or lab.colon or lab.classes - {"connector"} != {"date"}:
        return []
    pos = ix.position(lab.cell.line)
    if pos <= 0 or ix.lines[pos - 1].page != lab.cell.line.page:
        return []
    over = above(lab.cell, ix.cells.get(id(ix.lines[pos - 1]), []))
    found = find_dates(over.text) if over is not None else []
    if len(found) != 1 or len(over.text) - (found[0][2] - found[0][1]) > 3:
        return []
    return [Pair(lab, over, "above")]


PAGE_FURNITURE = re.compile(r"\b(?:page|p[aá]gina|pg)\b|\b\d+\s*(?:of|de|/)\s*\d+\b", re.I)


def _over_page_turn(ix: KVIndex, lab: Label) -> list[Pair]:
    """'Amount billed:' the last thing on a page (large print, a long form) and its value the first line of
    the next: the value below, across the page's footer."""
    pos = ix.position(lab.cell.line)
    if pos < 0:
        return []
    j = pos + 1
    while j < len(ix.lines) and ix.lines[j].page == lab.cell.line.page:
        if not PAGE_FURNITURE.search(ix.lines[j].text):
            return []
        j += 1
    if j >= len(ix.lines) or ix.lines[j].page != lab.cell.line.page + 1:
        return []
    first = ix.cells.get(id(ix.lines[j]), [])
    if not first or id(first[0]) in ix.labelled or id(first[0]) in ix.headers or len(first[0].words) > 8:
        return []
    return [Pair(lab, first[0], "below")]


def _value_above(ix: KVIndex, lab: Label) -> list[Pair]:
    """A caption printed under its value ('RM123 / Member identification number'): the cell above; a caption of
    parts a slash apart under as many values ('QP-7  QG-4471' over 'PLAN / GROUP'), each part its own value."""
    from intake.extract.captions import above

    pos = ix.position(lab.cell.line)
    row = ix.cells.get(id(ix.lines[pos - 1]), []) if pos > 0 else []
    parted = _parted_values_above(ix, lab, row)
    if parted:
        return parted
    got = above(lab.cell, row) if row else None
    return [Pair(lab, _box_under_bars(got, lab.cell), "above")] if got is not None else []


def _parted_values_above(ix: KVIndex, lab: Label, row: list[Cell]) -> list[Pair]:
    """'QP-7  QG-4471' over 'PLAN / GROUP': a caption whose slash parts each name a field of their own, under a
    box whose values stand apart, as many as the parts, between the caption's left edge and the next caption
    of its row (the second value often stands right of the caption's last word). By order, as the box prints
    them."""
    if not row or not any(w.text == "/" for w in lab.cell.words[lab.start:lab.end]):
        return []
    captions = ix.cells.get(id(lab.cell.line), [])
    right = min((c.x0 for c in captions if c.x0 > lab.cell.x1), default=float("inf"))
    slack = lab.cell.line.height
    inked = [(c, [w for w in c.words if re.search(r"[A-Za-z0-9]", w.text)]) for c in row]  # (a box's bars are no value)
    spanned = [(c, ws) for c, ws in inked if ws and lab.cell.x0 - slack <= ws[0].bbox[0] and ws[-1].bbox[2] < right - slack / 2]
    if len(spanned) < 2 or any(id(c) in ix.labelled or id(c) in ix.headers for c, _ in spanned):
        return []
    values = [Cell(ws, c.line) for c, ws in spanned]
    run = [w for k, c in enumerate(values) for w in ([Word("/", 1.0, c.words[0].bbox)] if k else []) + list(c.words)]
    parts = _split_at_slashes(lab, ix.lex, beside=Cell(run, lab.cell.line))
    if len(parts) != len(values):
        return []
    return [Pair(part, value, "above") for part, value in zip(parts, values)]


def _parted_caption_under(ix: KVIndex, lab: Label) -> list[Pair]:
    """'CLIENT NO. / PLAN' alone in its line under 'QZ4471902    QP-7' where the row finder saw no caption row (an
    address beside the values): a whole cell of slash parts with no colon, right under numbers as many as its parts,
    nothing numbered under it."""
    cell, pos = lab.cell, ix.position(lab.cell.line)
    if lab.start or lab.end < len(cell.words) or lab.colon or pos <= 0 or not any(w.text == "/" for w in cell.words):
        return []
    height = max(cell.line.height, 1)
    below = ix.lines[pos + 1] if pos + 1 < len(ix.lines) else None
    if below is not None and below.bbox[1] - cell.line.bbox[3] < 1.5 * height and \
            any(DIGIT.search(c.text) and c.x1 > cell.x0 for c in ix.cells.get(id(below), [])):
        return []  # (numbers right under it: the caption is theirs)
    for up in reversed(ix.lines[max(0, pos - 3):pos]):  # (an address's last line may stand between, at the left)
        if up.page != cell.line.page or cell.line.bbox[1] - up.bbox[3] > 2.5 * height:
            return []
        row = ix.cells.get(id(up), [])
        if any(c.x1 > cell.x0 and c.x0 < cell.x1 for c in row):
            got = _parted_values_above(ix, lab, row)
            return got if all(DIGIT.search(p.value.text) for p in got) else []
    return []


def _box_under_bars(cell: Cell, caption: Cell) -> Cell:
    """'| | QXP-1 | | QR-31-2174 |' read as one cell over two captions: the boxes' values parted by their bars, the one
    over this caption (nearest its middle)."""
    parts: list[list] = [[]]
    for w in cell.words:
        if w.text.strip("|") == "":
            parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return cell
    mid = (caption.x0 + caption.x1) / 2
    part = min(parts, key=lambda p: abs((p[0].bbox[0] + p[-1].bbox[2]) / 2 - mid))
    return Cell(part, cell.line)
