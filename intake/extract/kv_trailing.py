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
    if not value or len(value) > MOST_VALUE:
        return []
    return value


def _set_apart(cell: Cell, lab: Label) -> bool:
    """'QX-2047-11 (member no.)', 'QX-2047-11 \u2014 your insured ID': the caption marked off from its value."""
    first = cell.words[lab.start].text
    before = cell.words[lab.start - 1].text if lab.start else ""
    return first.startswith("(") or any(re.fullmatch(r"[\u2014\u2013\-]+", w) for w in (first, before))


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
    for i, line in enumerate(ix.lines):
        row = ix.cells.get(id(line), [])
        if not row or id(row[-1]) in ix.labelled or id(row[-1]) in ix.headers:
            continue
        cell = row[-1]
        lab = _tail_label(cell, ix)
        if lab is not None and cell.words[lab.start].text.startswith("("):
            continue  # (a caption in brackets: bracketed_captions reads it)
        value = _value_words(cell, lab, ix.lex) if lab is not None else []
        if value:
            found[i] = (cell, lab, value)
    out = []
    for i, (cell, lab, value) in found.items():
        if _set_apart(cell, lab) or _strong_number_caption(lab, value) or \
                any(_aligned(cell, found[j][0]) for j in (i - 2, i - 1, i + 1, i + 2) if j in found):
            out.append((lab, Pair(lab, Cell(value, cell.line), "left")))
    return out


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
