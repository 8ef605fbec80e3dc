"""Captions printed after their value in one cell ('QX-2047-11 member no.', 'May 4, 2031 statement date'): a column
of such cells beside an address block, each caption's value the words before it.

Why a run and not one cell: 'Ana B. Example patient' alone could be a sentence's tail; two rows or more of value
then caption, their cells starting at one place, are a block of captioned values. A caption in brackets or after a
dash ('QX-2047-11 (member no.)', 'QX-2047-11 - your insured ID') says so on its own.
"""

from __future__ import annotations

import re

from intake.extract import dates
from intake.extract.kv_labels import find_labels
from intake.extract.text import fold
from intake.extract.kv_types import Cell, KVIndex, Label, Pair

NAMING_FIELDS = frozenset({"provider", "insurer"})  # fields whose words end names and notes on them too
MOST_CAPTION = 5  # words of a caption at most
MOST_VALUE = 6  # words of a value at most


def _tail_label(cell: Cell, ix: KVIndex) -> Label | None:
    """The longest run of label words closing the cell, a program's name allowed before them ('Examplecare ID')."""
    words, n = cell.words, len(cell.words)
    if n < 2 or n > MOST_VALUE + MOST_CAPTION or (ix.lex.word_classes(words[-1].text.strip("()."), words[-1].conf) is None
                                                  and not words[-1].text.endswith(")")):
        return None  # (most cells: a sentence, or no label word closing them)
    for lead in (0, 1):  # (label words alone first: 'Ana B. Example patient' keeps its surname)
        for k in range(min(MOST_CAPTION, n - 1), 0, -1):
            found = find_labels(Cell(words[n - k:], cell.line), ix.lex)
            if not found or found[-1].end != k or found[0].start != lead or found[0].colon:
                continue
            if lead and not words[n - k].text[:1].isupper():
                continue  # ('... the ID'): a word of a sentence, no program's name
            classes = frozenset().union(*(x.classes for x in found))
            if found[0].scores[0].field in NAMING_FIELDS:
                return None  # ('Example Family Clinic', 'Example Drug Pharmacy'): a name's last word, no caption
            return Label(cell, n - k, n, False, classes, found[0].scores)
    return None


def _value_words(cell: Cell, lab: Label, lex) -> list:
    """The value before a caption: a short number, date or name, no sentence and no label of its own."""
    start = lab.start
    while start > 0 and re.fullmatch(r"[\u2014\u2013\-|]+", cell.words[start - 1].text):
        start -= 1  # ('QX-2047-11 \u2014 your insured ID': the dash between them)
    value = _value_before(cell, start, lex)
    if not value or len(value) > MOST_VALUE or BOX_NUMBER.fullmatch(" ".join(w.text for w in value)):
        return []  # ('2. Enrollee identifier': a box's number before its caption, no value)
    if len(value) >= 2 and ACRONYM.fullmatch(value[-1].text) and any(ch.isdigit() for ch in value[-2].text) and \
            lex.word_classes(value[-1].text, value[-1].conf) is None:
        return value[:-1]  # ('QX4883394 QPACE participant no.': the program's initials open the caption)
    return value


def _set_apart(cell: Cell, lab: Label) -> bool:
    """'QX-2047-11 (member no.)', 'QX-2047-11 \u2014 your insured ID', 'QX-2047-11 | member no.': the caption marked
    off from its value."""
    first = cell.words[lab.start].text
    before = cell.words[lab.start - 1].text if lab.start else ""
    return first.startswith("(") or any(re.fullmatch(r"[\u2014\u2013\-|]+", w) for w in (first, before))


def _barred(cell: Cell, lab: Label) -> bool:
    """'| QX-2047-11 | member no.': boxes drawn as bars, each caption in the box after its value; the bar before the
    caption and the bar before the value both printed (a lone bar could be a table's rule)."""
    words = cell.words
    bar = lab.start if words[lab.start].text == "|" else lab.start - 1  # (the bar read into the caption or not)
    return bar >= 1 and words[bar].text == "|" and words[0].text == "|"


BOX_NUMBER = re.compile(r"\(?(?:\d{1,2}[a-z]?|[A-Za-z])[.)]?")  # ('2.', '1a', '58', 'B)': a form's box number)


NUMBER_FIELDS = frozenset({"member_id", "group_number", "plan_id", "case_numbers"})


def _strong_number_caption(lab: Label, value: list) -> bool:
    """'QX 508 497 541 enrollee no.': a caption that can only name a number ('member no.', 'claim number'), after a
    value holding digits, says what it is on its own."""
    best = lab.scores[0] if lab.scores else None
    return best is not None and best.field in NUMBER_FIELDS and best.score >= 0.95 and \
        any(ch.isdigit() for w in value for ch in w.text)


def trailing_captions(ix: KVIndex) -> list[tuple[Label, Pair]]:
    """Caption-after-value cells that stand in a run of two rows or more (or are marked off on their own)."""
    found: dict[int, tuple[Cell, Label, list]] = {}
    out = []
    for i, line in enumerate(ix.lines):
        row = ix.cells.get(id(line), [])
        out += _barred_cells(row[:-1], ix) + _band_cells(row, ix) + _barred_segments(line, ix)
        if not row or (id(row[-1]) in ix.labelled and not _label_mid_cell(ix, row[-1])) or id(row[-1]) in ix.headers:
            continue
        cell = row[-1]
        lab = _tail_label(cell, ix)
        if lab is not None and cell.words[lab.start].text.startswith("("):
            continue  # (a caption in brackets: bracketed_captions reads it)
        value = _value_words(cell, lab, ix.lex) if lab is not None else []
        if value and id(cell) in ix.labelled and not all(ID_WORD.fullmatch(w.text) for w in value):
            value = []  # (a cell read as a label over the next row's value is a caption after its value only when
            # that value is a code or a figure: 'QX-LC plan', never 'Athlete ID' over the athlete's number)
        if value:
            found[i] = (cell, lab, value)
    for i, (cell, lab, value) in found.items():
        if _set_apart(cell, lab) or _strong_number_caption(lab, value) or \
                any(_aligned(cell, found[j][0]) for j in (i - 2, i - 1, i + 1, i + 2) if j in found):
            out.append((lab, Pair(lab, Cell(value, cell.line), "left")))
    return out


def caption_cells_after_values(ix: KVIndex) -> list[tuple[Label, Pair]]:
    """'QX-65539304   member no.' over 'QX-CVH-31   plan code': a column of values, each with its caption in a cell
    of its own just right of it (a gap, or a bar, between them). Two rows or more of the kind, their captions
    starting at one place, are a block of captioned values: each caption names the cell before it."""
    found: dict[int, tuple[Cell, Label, Cell]] = {}
    for i, line in enumerate(ix.lines):
        row = [c for c in ix.cells.get(id(line), []) if c.text.strip(" |")]
        if len(row) < 2:
            continue
        lab = _whole_caption(row[-1], ix)
        value = row[-2]
        if lab is None or id(value) in ix.labelled or id(value) in ix.headers:
            continue
        words = [w for w in value.words if w.text != "|"]
        if words and len(words) <= MOST_VALUE and not _sentence(words) and \
                not find_labels(Cell(words, line), ix.lex) and not _value_under(ix, i, row[-1]):
            found[i] = (row[-1], lab, Cell(words, line))
    return [(lab, Pair(lab, value, "left")) for i, (cell, lab, value) in found.items()
            if any(_aligned(cell, found[j][0]) and _aligned(value, found[j][2])
                   for j in (i - 2, i - 1, i + 1, i + 2) if j in found)]  # (values and captions each in a column,
    # row after row, one row's caption run on by OCR into the next box's words; captions over their values beside
    # an address block are no such rows: each has its value under it)


def _value_under(ix: KVIndex, i: int, caption: Cell) -> bool:
    """A cell right under the caption that is no caption itself: the caption heads that value ('Date of notice' over
    'April 15, 2031' beside an address block), however the cells beside it line up."""
    if i + 1 >= len(ix.lines) or ix.lines[i + 1].page != ix.lines[i].page:
        return False
    under = [c for c in ix.cells.get(id(ix.lines[i + 1]), []) if c.text.strip(" |") and
             c.x0 < caption.x1 and c.x1 > caption.x0]
    return any(_whole_caption(c, ix) is None and not _barred_caption_start(c, ix) for c in under)


def _barred_caption_start(cell: Cell, ix: KVIndex) -> bool:
    """'| group Example Brewing Co.': a bar, then a caption's words opening the cell (the next box's words run on
    after them): the next row's caption, no value under this one."""
    words = cell.words
    if len(words) < 2 or words[0].text != "|":
        return False
    classes = ix.lex.word_classes(words[1].text, words[1].conf)
    return bool(classes) and bool(ix.lex.field_scores(classes))


def _whole_caption(cell: Cell, ix: KVIndex) -> Label | None:
    """A cell that is a caption and nothing else ('member no.', '| date of this notice', 'Example plan code': a
    program's name allowed before the caption's words)."""
    words = [w for w in cell.words if w.text != "|"]
    if not words or len(words) > MOST_CAPTION + 1:
        return None
    for lead in (0, 1):
        got = find_labels(Cell(words[lead:], cell.line), ix.lex)
        if got and got[0].start == 0 and got[-1].end == len(words) - lead and not got[0].colon and \
                (not lead or words[0].text[:1].isupper()) and got[0].scores[0].field not in NAMING_FIELDS:
            classes = frozenset().union(*(x.classes for x in got))
            return Label(Cell(words, cell.line), lead, len(words), False, classes, got[0].scores)
    return None


def _label_mid_cell(ix: KVIndex, cell: Cell) -> bool:
    """'QX-LC plan' read as a label 'plan' over the next row's value: its label words close the cell after a value,
    so in a run of such cells it is a caption after its value (`trailing_captions` decides)."""
    found = [lab for lab in ix.labels if lab.cell is cell]
    return bool(found) and all(lab.start > 0 and lab.end == len(cell.words) for lab in found)


def _barred_cells(cells: list[Cell], ix: KVIndex) -> list[tuple[Label, Pair]]:
    """Cells before a row's last that close on a barred caption ('| Ana B. Example | insured', then '| QX-2047-11 |
    policy no.'): each names its value without a run of rows, the bars setting it apart."""
    out = []
    for cell in cells:
        if cell.words[0].text != "|" or id(cell) in ix.labelled or id(cell) in ix.headers:
            continue
        lab = _tail_label(cell, ix)
        value = _value_words(cell, lab, ix.lex) if lab is not None and _barred(cell, lab) else []
        if value:
            out.append((lab, Pair(lab, Cell(value, cell.line), "left")))
    return out


def _band_cells(cells: list[Cell], ix: KVIndex) -> list[tuple[Label, Pair]]:
    """A band of boxes across the page, each 'value | caption' ('QX-0412 | CLIENT ID   04-22-2031 | NOTICE DATE'):
    two such cells or more in one row, a bar between each value and its caption, no bar before the value. The row's
    last cell counts towards the two; its pair is read with the row's other trailing captions."""
    found = []
    for cell in cells:
        if not cell.words or cell.words[0].text == "|" or id(cell) in ix.labelled or id(cell) in ix.headers:
            continue
        lab = _tail_label(cell, ix)
        bar = (lab.start if cell.words[lab.start].text == "|" else lab.start - 1) if lab is not None else 0
        value = _value_words(cell, lab, ix.lex) if bar >= 1 and cell.words[bar].text == "|" else []
        if value and any(ch.isdigit() for w in value for ch in w.text):
            found.append((lab, Pair(lab, Cell(value, cell.line), "left")))
    return [f for f in found if f[1].value.words[0] not in cells[-1].words] if len(found) >= 2 else []


def _barred_segments(line, ix: KVIndex) -> list[tuple[Label, Pair]]:
    """'QX-0412 member no. | QX-B plan | QC-31-55 claim': a line of boxes parted by bars, each box a value then its
    caption, however OCR cut the line into cells. Two such boxes or more make the line a band of captioned values."""
    words = line.words
    if sum(1 for w in words if w.text == "|") < 1 or len(words) > 30:
        return []
    segments, cur = [], []
    for w in words:
        if w.text == "|":
            segments.append(cur)
            cur = []
        else:
            cur.append(w)
    segments.append(cur)
    found = []
    for seg in segments:
        if len(seg) < 2:
            continue
        cell = Cell(seg, line)
        lab = _tail_label(cell, ix)
        value = _value_words(cell, lab, ix.lex) if lab is not None and lab.start > 0 else []
        if value and any(ch.isdigit() for w in value for ch in w.text):
            found.append((lab, Pair(lab, Cell(value, line), "left")))
    return found if len(found) >= 2 else []


def _aligned(a: Cell, b: Cell) -> bool:
    return a.line.page == b.line.page and abs(a.x0 - b.x0) <= 2 * max(a.line.height, 1)


def _closing(words: list, start: int) -> int | None:
    """The index of the word closing the bracket opened at `start` (within a caption's length), if any."""
    for k in range(start, min(start + MOST_CAPTION, len(words))):
        if words[k].text.rstrip(".,;:").endswith(")"):
            return k
    return None


def bracketed_captions(ix: KVIndex) -> list[tuple[Label, Pair]]:
    """'Apr 27, 2031 (date mailed)', 'QX1018624 (client no.) 12 Example St': a caption in brackets right after its
    value, anywhere in a cell; the value runs back to the cell's start, a dash or bar, or the bracket before it."""
    out = []
    for line in ix.lines:
        for cell in ix.cells.get(id(line), []):
            words = cell.words
            if not any(w.text.startswith("(") for w in words[1:]):
                continue
            for j in range(1, len(words)):
                end = _closing(words, j) if words[j].text.startswith("(") else None
                if end is None:
                    continue
                got = _bracket_label(cell, j, end, ix)
                value = _value_before(cell, j, ix.lex) if got is not None else []
                if value and _value_fits(got.scores[0].field, value):
                    out.append((got, Pair(got, Cell(value, cell.line), "left")))
    return out


def _bracket_label(cell: Cell, j: int, end: int, ix: KVIndex) -> Label | None:
    """The words inside the bracket, all of them a label ('(date mailed)', '(QXP client no.)')."""
    inner = [type(w)(w.text.lstrip("(").rstrip(".,;:").rstrip(")") or w.text, w.conf, w.bbox, w.group)
             for w in cell.words[j:end + 1]]
    named = [w for w in inner if not (ACRONYM.fullmatch(w.text) and ix.lex.word_classes(w.text, w.conf) is None)]
    inner = named if len(named) < len(inner) and named else inner  # ('(your QXP number)': the program's initials)
    for skip in range(min(3, len(inner))):  # ('(cuenta del empleador)': the caption's last words name the field)
        if skip and not inner[skip - 1].text[:1].islower():
            break  # ('(Money Follows the Person)': a program's name in capitals, no caption)
        found = find_labels(Cell(inner[skip:], cell.line), ix.lex)
        if not found or found[-1].end != len(inner) - skip or found[0].start or found[0].colon:
            continue
        if found[0].scores[0].field in NAMING_FIELDS:
            return None  # ('Example Lab (Part B)', 'Example Clinic (rendering provider)': a name's note, no caption)
        classes = frozenset().union(*(x.classes for x in found))
        return Label(cell, j, end + 1, False, classes, found[0].scores)
    return None


ACRONYM = re.compile(r"[A-Z]{2,6}")


def _value_before(cell: Cell, j: int, lex) -> list:
    """The value before a bracket: back to the cell's start, a lone dash or bar, or a closing bracket."""
    words, k = cell.words, j
    while k > 0 and not re.fullmatch(r"[\u2014\u2013\-|/+]+", words[k - 1].text) and \
            not words[k - 1].text.rstrip(".,;:").endswith(")") and j - k < MOST_VALUE:
        k -= 1
    value = words[k:j]
    if not value or _sentence(value) or value[-1].text.endswith(":") or find_labels(Cell(value, cell.line), lex):
        return []  # ('Example ID 5550123 - request for review': a value with its own label is that label's)
    return value


def _sentence(value: list) -> bool:
    """Words of a sentence, not a value: a lower-case word of four letters or more, unless the words are a date
    ('martes, 14 de abril de 2031')."""
    said = [w for w in value if len(w.text) >= 4 and w.text.isalpha() and w.text.islower()]
    return len(said) > 0 and not dates.find_dates(fold(" ".join(w.text for w in value)).lower())


ID_WORD = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*")
NAME_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\-]+|[A-Z]\.?|(?:de|del|la|van|von)")


def _value_fits(field: str, value: list) -> bool:
    """A bracketed caption's value has its field's shape: a date, an identifier in capitals and digits (no
    regulation, '42 CFR 441.301', no drug's name), a person's name; a note in brackets after anything else is no
    caption ('J0000 Example drug (corrected claim sent)')."""
    text = " ".join(w.text for w in value).strip(" ,;")
    if field in ("denial_date", "service_dates", "appeal_deadline"):
        return bool(dates.find_dates(fold(text).lower()))
    if field in NUMBER_FIELDS:
        words = text.split()
        return len(words) <= 4 and all(ID_WORD.fullmatch(w) for w in words) and "CFR" not in words and \
            any(ch.isdigit() for ch in text)
    if field == "member_name":
        return 2 <= len(text.split()) <= 5 and all(NAME_WORD.fullmatch(w.rstrip(",")) for w in text.split())
    return True
