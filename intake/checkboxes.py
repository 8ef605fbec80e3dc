"""Checkbox options a form left unticked: what was not decided, so its words say nothing about the decision.

A form prints every reason it could give ('[X] Nobody asked us to approve it before the care', '[_] The
records do not show it was needed'), each behind a box; only the ticked one is the plan's reason. OCR reads an
empty box many ways ('[_]', '[.]', '[]', 'E]', 'PF]', '[Y]', '(J') and a ticked one with an X in it ('[XX]',
'IX]', 'PX]', '\u2612'). Where a paper shows at least one ticked box and two empty ones, the options behind the
empty boxes are set aside (a box OCR lost is left alone: it may be the ticked one).
"""

from __future__ import annotations

import re

from intake.layout import cells
from intake.model import Line

# a box as a word of its own: a closing square bracket after at most two marks and an opening bracket, bar or
# parenthesis ('[_]', '|X]', '(_]'), an opening bracket with at most two marks ('[J'), the closing bracket alone
# after OCR's letters for the box's left side ('E]', 'LJ]'), OCR's '(J', or a box character; never a list's '(a)'
BOX = re.compile(r"(?:[\[(|][^\]\s]{0,2}\]|\[[^\]\s]{0,2}|[A-Za-z]{0,2}\]|\(J|[\u2610\u2611\u2612\u25a1\u25a0])")
# an empty box OCR read as a letter or a bracket pair ('O The plan does not include ...', '() Approved in part'): a
# box only on a line that prints a box of the strict kind too (a bar alone is OCR's capital I as often as a box)
LOOSE_BOXES = frozenset({"O", "0", "o", "()", "D", "C"})
TICK = re.compile(r"[Xx\u2611\u2612\u25a0\u2713\u2714]")


def _boxed_cells(line: Line) -> list[tuple[int, int, bool]]:
    """(start, end, ticked) of each option of the line opened by a box, as offsets in the line's text: a cell
    holds one option or several (OCR runs a row of options together: '[X] Not supported [_] Other'), and a box
    OCR set apart as a cell of its own opens the next cell."""
    offsets, pos = {}, 0
    for w in line.words:
        offsets[id(w)] = pos
        pos += len(w.text) + 1
    row = cells(line)
    strict = any(_is_box(w.text) for cell in row for w in cell)
    bars = {id(cell[k + 1]) for cell in row for k in range(len(cell) - 1)
            if cell[k].text == "|" and cell[k + 1].text == "|"}  # ('| |': an empty box read as two bars)
    parts = []  # the line's words cut at each cell's start and at each box
    for cell in row:
        parts.append([])
        for w in cell:
            if id(w) in bars:
                parts[-1].pop()  # (the first bar goes with the box the second one stands for)
            if parts[-1] and (_is_box(w.text) or id(w) in bars or (strict and w.text in LOOSE_BOXES)):
                parts.append([])
            parts[-1].append(w)
    parts = [p for p in parts if p]
    out = []
    for k, part in enumerate(parts):
        if not (_is_box(part[0].text) or id(part[0]) in bars or (strict and part[0].text in LOOSE_BOXES)):
            continue
        option = part if len(part) >= 2 else (parts[k + 1] if k + 1 < len(parts) else None)
        if option is None or (option is not part and _is_box(option[0].text)):
            continue
        end = offsets[id(option[-1])] + len(option[-1].text)
        out.append((offsets[id(part[0])], end, bool(TICK.search(part[0].text))))
    return out


def _is_box(word: str) -> bool:
    return len(word) <= 4 and bool(BOX.fullmatch(word))


def unticked_spans(starts: list[int], lines: list[Line]) -> list[tuple[int, int]]:
    """Pure: the text spans (offsets into the lines joined by newlines, each line starting at `starts`) of the
    options behind empty boxes, when the paper has at least one ticked box and two empty ones."""
    return box_spans(starts, lines)[1]


def box_spans(starts: list[int], lines: list[Line]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Pure: (ticked, unticked) option spans, both empty unless the paper has a ticked box and two empty ones (a
    ticked option is the decision however much its row of short cells looks like a table's header)."""
    boxed = [(start + a, start + b, ticked) for start, ln in zip(starts, lines) for a, b, ticked in _boxed_cells(ln)]
    empty = [(a, b) for a, b, ticked in boxed if not ticked]
    if len(empty) < 2 or len(empty) == len(boxed):
        return [], []
    return [(a, b) for a, b, ticked in boxed if ticked], empty
