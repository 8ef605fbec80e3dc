"""Captions printed after their value in one cell ('QX-2047-11 member no.', 'May 4, 2031 statement date'): a column
of such cells beside an address block, each caption's value the words before it.

Why a run and not one cell: 'Ana B. Example patient' alone could be a sentence's tail; two rows or more of value
then caption, their cells starting at one place, are a block of captioned values. A caption in brackets or after a
dash ('QX-2047-11 (member no.)', 'QX-2047-11 - your insured ID') says so on its own.
"""

from __future__ import annotations

import re

from intake.extract.kv_labels import find_labels
from intake.extract.kv_types import Cell, KVIndex, Label, Pair

NAMING_FIELDS = frozenset({"provider", "insurer"})  # fields whose words end names too
MOST_CAPTION = 5  # words of a caption at most
MOST_VALUE = 6  # words of a value at most
SET_APART = re.compile(r"^(?:\(|[\u2014\u2013-]$)")  # a caption opening a bracket, or a dash alone before it


def _tail_label(cell: Cell, ix: KVIndex) -> Label | None:
    """The longest run of label words closing the cell, a program's name allowed before them ('Wyncote ID')."""
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
            if found[0].scores[0].field in NAMING_FIELDS and words[n - k + lead].text[:1].isupper():
                return None  # ('Example Family Clinic', 'Example Drug Pharmacy'): a name's last word, no caption
            return Label(cell, n - k, n, False, classes, found[0].scores)
    return None


def _value_words(cell: Cell, lab: Label) -> list:
    """The value before a caption: a short number, date or name, no sentence and no label of its own."""
    value = [w for w in cell.words[:lab.start] if not SET_APART.match(w.text) or w.text[:1] == "("]
    while value and re.fullmatch(r"[\u2014\u2013\-|]+", value[-1].text):
        value = value[:-1]
    said = [w for w in value if len(w.text) >= 4 and w.text.isalpha() and w.text.islower()]
    if not value or len(value) > MOST_VALUE or said or value[-1].text.endswith(":"):
        return []
    return value


def _set_apart(cell: Cell, lab: Label) -> bool:
    """'QX-2047-11 (member no.)', 'QX-2047-11 \u2014 your insured ID': the caption marked off from its value."""
    first = cell.words[lab.start].text
    before = cell.words[lab.start - 1].text if lab.start else ""
    return first.startswith("(") or bool(re.fullmatch(r"[\u2014\u2013\-]+", before))


def trailing_captions(ix: KVIndex) -> list[tuple[Label, Pair]]:
    """Caption-after-value cells that stand in a run of two rows or more (or are marked off on their own)."""
    found: dict[int, tuple[Cell, Label, list]] = {}
    for i, line in enumerate(ix.lines):
        row = ix.cells.get(id(line), [])
        if not row or id(row[-1]) in ix.labelled or id(row[-1]) in ix.headers:
            continue
        cell = row[-1]
        lab = _tail_label(cell, ix)
        value = _value_words(cell, lab) if lab is not None else []
        if value:
            found[i] = (cell, lab, value)
    out = []
    for i, (cell, lab, value) in found.items():
        if _set_apart(cell, lab) or any(_aligned(cell, found[j][0]) for j in (i - 2, i - 1, i + 1, i + 2) if j in found):
            out.append((lab, Pair(lab, Cell(value, cell.line), "left")))
    return out


def _aligned(a: Cell, b: Cell) -> bool:
    return a.line.page == b.line.page and abs(a.x0 - b.x0) <= 2 * max(a.line.height, 1)
