"""The key-value reader's data (cells, labels, pairs, the index) and the small helpers its stages share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from intake.extract.lexicon import FieldScore, Lexicon
from intake.model import Document, Line, Word

MAX_LABEL_WORDS = 7
PROSE_BEFORE = {"dear", "estimado", "estimada", "estimado/a", "hello", "hi", "to", "the", "your", "our", "a", "an",
                "this", "of", "for", "and", "by", "from", "su", "el", "la", "los", "las", "del", "de", "para", "por",
                "y", "in", "with", "at", "on", "is", "was", "see"}


RE_LINE = re.compile(r"^\s*(?:re|regarding|subject|asunto|ref)\s*:", re.I)
DIGIT = re.compile(r"\d")


@dataclass
class Cell:
    """A run of words on one line between wide gaps (a table cell, a label, a value)."""

    words: list[Word]
    line: Line

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def start_in_line(self) -> int | None:
        """Where the cell's first word stands among its line's words (the very word, not an equal one)."""
        first = self.words[0] if self.words else None
        return next((n for n, w in enumerate(self.line.words) if w is first), None) if first is not None else None

    @property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    @property
    def x1(self) -> float:
        return self.words[-1].bbox[2]

    @property
    def bbox(self):
        return (self.x0, min(w.bbox[1] for w in self.words), self.x1, max(w.bbox[3] for w in self.words))

    @property
    def conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words)

    @property
    def tight_text(self) -> str:
        """The text with OCR's false word breaks closed: words that almost touch were one word; and a value
        printed a character to a box ('H 0 5 8 - 2 8 0 3') is one word."""
        if spelled_out(self.words):
            return "".join(w.text for w in self.words)
        out = self.words[0].text
        for prev, w in zip(self.words, self.words[1:]):
            gap = w.bbox[0] - prev.bbox[2]
            hyphen = prev.text[-1:] in "-\u2013" and prev.text[-2:-1].isdigit() and w.text[:1].isalnum()
            h = max(1.0, self.line.height)  # ('123- 45-6789': one ID, its end perhaps on the next line; a word
            level = w.bbox[1] < prev.bbox[3] and w.bbox[3] > prev.bbox[1]  # of the next line else stands apart)
            near = gap < 0.6 * h if hyphen else level and gap < 0.18 * h
            out += ("" if near else " ") + w.text
        return out


def spelled_out(words: list) -> bool:
    """A value printed one character to a box: four or more words, nearly all of them a single letter or digit
    (a dash between groups)."""
    single = sum(1 for w in words if len(w.text) == 1)
    return len(words) >= 4 and single >= 0.8 * len(words) and any(w.text.isdigit() for w in words)


@dataclass
class Label:
    """Label words at the start of a cell (or after a colon-ended value), and the fields they name."""

    cell: Cell
    start: int
    end: int
    colon: bool
    classes: frozenset
    scores: tuple[FieldScore, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.cell.words[self.start:self.end])

    def score_for(self, name: str) -> FieldScore | None:
        return next((s for s in self.scores if s.field == name), None)


@dataclass
class Pair:
    label: Label
    value: Cell
    how: str  # "inline", "next cell", "below" or "column"


@dataclass
class KVIndex:
    """Cells, labels and label-value pairs of one document, computed once for every field finder."""

    doc: Document
    lex: Lexicon
    lines: list[Line] = field(default_factory=list)
    cells: dict[int, list[Cell]] = field(default_factory=dict)
    labels: list[Label] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    labelled: set[int] = field(default_factory=set)  # ids of cells that start with a label
    headers: set[int] = field(default_factory=set)  # ids of cells made only of label words ('PHYSICIAN NPI')
    pos: dict[int, int] = field(default_factory=dict)
    captions: set[int] = field(default_factory=set)  # ids of label rows printed under their values

    def position(self, line: Line) -> int:
        return self.pos.get(id(line), -1)


DASHES = ("-", "\u2013", "\u2014")


def caption_parts(words: list[Word]) -> list[list[Word]]:
    """A caption's or a value's parts a lone slash apart, or else a lone dash apart ('Plan - Group' over
    'Q310 - QG-51937', 'Contract - Claim QH4402-031 - 2739...'): a dash inside a number never parts it."""
    got = _slash_parts(words)
    if len(got) >= 2:
        return got
    parts: list[list[Word]] = [[]]
    for w in words:
        if w.text in DASHES:
            parts.append([])
        else:
            parts[-1].append(w)
    return parts if len(parts) >= 2 and all(parts) else [words]


def _slash_parts(words: list[Word]) -> list[list[Word]]:
    """Words cut at lone slashes ('BIN / PCN / RxGRP', '610014 / MEDDPRIME / RX1234')."""
    parts: list[list[Word]] = [[]]
    for w in words:
        if w.text == "/":
            parts.append([])
            continue
        pieces = w.text.split("/") if "/" in w.text.strip("/") and not DATE_IN.search(w.text) else [w.text]
        for k, piece in enumerate(pieces):  # ('BIN/PCN/GROUP', '610014/MEDD/RX1234' printed without spaces)
            if k:
                parts.append([])
            if piece:
                parts[-1].append(Word(piece, w.conf, w.bbox))
    return parts if all(parts) else [words]


DATE_IN = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
# a value cell saying there is none ('None on file', 'N/A', 'Pending', 'Ninguno'): the label's value, empty (a dash
# alone is no such word: OCR reads a box's rule as one)
NO_VALUE = re.compile(r"(?:none|nothing|n/?a|not\s+(?:applicable|required|on\s+file|assigned|yet\s+assigned)|pending|"
                      r"unknown|ninguno|ninguna|no\s+aplica|pendiente)(?:\s+(?:on\s+file|given|required|"
                      r"assigned|yet))?\.?", re.I)


def _classes_of(words: list[Word], lex: Lexicon) -> frozenset:
    out: set = set()
    for w in words:
        out |= lex.word_classes(w.text, w.conf) or set()
    return frozenset(out)


BOX_LETTER = re.compile(r"[A-Z][.,]")


def _box_letters_row(row: list[Cell]) -> bool:
    """A row of lettered boxes' captions ('H. Patient birth date'), passed over on the way to the values under
    the row above it (its words too garbled by a fax to read as labels)."""
    return any(len(c.words) >= 2 and BOX_LETTER.fullmatch(c.words[0].text) and c.words[1].text[:1].isupper()
               for c in row)


NUMBER_WORDS = frozenset({"number", "no", "no.", "#", "numero", "numbered"})
