"""Captions wrapped inside a narrow label column ('Date(s) of' over 'service') joined before labels are found.

A two-column fact block ('<caption> <value> <caption> <value>') often has label cells too narrow for their
caption: 'Date(s) of' stands beside the value and 'service' sits alone on the line under it. Read line by line,
the first half names no field and the second half is a stray word; a reader joins them, and so does this.
"""

from __future__ import annotations

from typing import Callable

from intake.extract.kv_types import DIGIT, Cell, KVIndex
from intake.extract.lexicon import CONNECTOR, Lexicon
from intake.model import Line

MAX_CAPTION_WORDS = 4  # a label cell; a longer run is a sentence or a description
MAX_TAIL_WORDS = 3


def merge_wrapped_captions(ix: KVIndex, lex: Lexicon, next_line: Callable[[list[Line], int], Line | None]) -> None:
    """Each line made only of caption tails joins the label cells it sits under, then is emptied."""
    for i, line in enumerate(ix.lines):
        row = ix.cells[id(line)]
        j = i
        while (below_line := next_line(ix.lines, j)) is not None:
            below = ix.cells[id(below_line)]
            heads = [_open_caption(row, tail, lex) for tail in below] if below else [None]
            if any(h is None for h in heads) or len({id(h) for h in heads}) < len(heads):
                break
            for head, tail in zip(heads, below):
                head.words = head.words + tail.words
            ix.cells[id(below_line)] = []
            j += 1


def _open_caption(row: list[Cell], tail: Cell, lex: Lexicon) -> Cell | None:
    """The label cell of row that tail finishes: a short caption of label words (beside its value, or heading a
    table's column), tail starting at its left edge; tail lower-case ('service') or the caption ending on a
    connector ('Date(s) of'), since a capitalised line under a caption is as likely the next caption as the rest of
    this one."""
    words = tail.words
    if len(words) > MAX_TAIL_WORDS or DIGIT.search(tail.text) or tail.text.rstrip().endswith(":"):
        return None
    height = max(tail.line.height, 1)
    for cell in row[:-1]:
        if abs(cell.x0 - tail.x0) > 1.5 * height or not _caption_cell(cell, lex):
            continue
        if cell.text.rstrip().endswith("/"):
            continue  # ('Date filled /' over 'bought': a slash's two captions, each its own label)
        last = lex.word_classes(cell.words[-1].text, cell.words[-1].conf) or frozenset()
        if words[0].text[:1].islower() or last == frozenset({CONNECTOR}):
            return cell
    return None


def _caption_cell(cell: Cell, lex: Lexicon) -> bool:
    """A short cell of label words, no digits and no colon (a colon closes a caption)."""
    if len(cell.words) > MAX_CAPTION_WORDS or DIGIT.search(cell.text) or cell.text.rstrip().endswith(":"):
        return False
    return all(lex.word_classes(w.text, w.conf) is not None for w in cell.words)
