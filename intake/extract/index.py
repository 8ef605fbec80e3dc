"""Cells and label hits of one document, computed once and shared by every field finder."""

from __future__ import annotations

import logging

import copy

import re

from intake.extract.labels import Cell, LabelHit, cell_hits, compile_labels, line_cells, split_at_labels
from intake.extract.text import fold_keep_len

RE_LINE = re.compile(r"^\s*(?:re|regarding|subject|asunto|ref)\s*:", re.I)


def split_re_line(cell: Cell) -> list[Cell]:
    """'Re: Ana Reyes, ID W123, Claim 456' lists its facts between commas: each becomes a cell."""
    if not RE_LINE.match(fold_keep_len(cell.text)) or "," not in cell.text:
        return [cell]
    parts, current = [], []
    for i, w in enumerate(cell.words):
        if i == 0 and RE_LINE.match(fold_keep_len(w.text)):
            continue  # the 'Re:' itself
        current.append(w)
        if w.text.endswith((",", ";")):
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return [Cell(p, cell.line) for p in parts if p] or [cell]
from intake.model import Document, Line
from intake.rules import RuleSet

log = logging.getLogger(__name__)
_DIGIT = re.compile(r"\d")


class DocIndex:
    def __init__(self, doc: Document, rules: RuleSet):
        self.doc = doc
        self.rules = rules
        self.lines: list[Line] = doc.lines
        specs = compile_labels(rules)
        self.cells: dict[int, list[Cell]] = {}
        for ln in self.lines:
            if ln.words:
                row = [part for c in line_cells(ln) for part in split_re_line(c)]
                digits = _DIGIT.search(ln.text) is not None
                self.cells[id(ln)] = [part for c in row for part in split_at_labels(c, specs, len(row), digits)]
        self.hits: list[LabelHit] = []
        self.labelled: set[int] = set()  # cells that start with a label
        for ln in self.lines:
            for c in self.cells.get(id(ln), []):
                found = cell_hits(c, specs)
                if found:
                    self.labelled.add(id(c))
                self.hits.extend(found)
        self._pos = {id(ln): i for i, ln in enumerate(self.lines)}

    def hits_for(self, field: str) -> list[LabelHit]:
        return [h for h in self.hits if h.field == field]

    def position(self, hit: LabelHit) -> int:
        return self._pos.get(id(hit.cell.line), -1)

    def keep(self, positions: set[int]) -> "DocIndex":
        """The same index with only the label hits on these lines (one claim of several)."""
        view = copy.copy(self)
        view.hits = [h for h in self.hits if self.position(h) in positions]
        return view

    def next_cell(self, cell: Cell) -> Cell | None:
        row = self.cells.get(id(cell.line), [])
        for i, c in enumerate(row):
            if c is cell and i + 1 < len(row):
                return row[i + 1]
        return None

    def column(self, cell: Cell, max_rows: int = 12) -> list[Cell]:
        """Cells under a header cell, row by row, until the column ends."""
        out: list[Cell] = []
        pos = self._pos.get(id(cell.line))
        if pos is None:
            return out
        prev = cell.line
        for ln in self.lines[pos + 1:pos + 1 + max_rows]:
            if ln.page != cell.line.page or ln.bbox[1] - prev.bbox[3] > 2.2 * max(prev.height, 1):
                break
            hit = [c for c in self.cells.get(id(ln), []) if c.x0 < cell.x1 + ln.height and c.x1 > cell.x0 - ln.height]
            if not hit:
                break
            out.append(hit[0])
            prev = ln
        return out

    def is_table_header(self, cell: Cell) -> bool:
        """A table's header row has several cells, most of them labels."""
        row = self.cells.get(id(cell.line), [])
        return len(row) >= 3 and sum(1 for c in row if id(c) in self.labelled) >= 2

    def below(self, cell: Cell, rows: int = 2) -> list[Cell]:
        """Value cells under a label: the next rows of its column, stopping at a label or prose."""
        out = []
        for c in self.column(cell, max_rows=rows):
            if id(c) in self.labelled or len(c.words) > 8:  # a value cell, not the next paragraph
                break
            out.append(c)
        return out

    def value_cells(self, hit: LabelHit) -> list[tuple[str, Cell, str]]:
        """Where a label's value may be, best first: (text, cell, how)."""
        out = []
        if hit.inline_value:
            out.append((hit.inline_value, hit.cell, "inline"))
            return out
        nxt = self.next_cell(hit.cell)
        if nxt is not None and id(nxt) not in self.labelled:
            out.append((nxt.text, nxt, "next cell"))
        for low in self.below(hit.cell):  # a second row helps when OCR made junk of the first
            out.append((low.text, low, "below"))
        return out
