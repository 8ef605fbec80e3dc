"""Checkbox options a form left unticked: what was not decided, so its words say nothing about the decision.

A form prints every reason it could give ('[X] Nobody asked us to approve it before the care', '[_] The
records do not show it was needed'), each behind a box; only the ticked one is the plan's reason. OCR reads an
empty box many ways ('[_]', '[.]', '[]', 'E]', 'PF]', '[Y]', '(J') and a ticked one with an X in it ('[XX]',
'IX]', 'PX]', '\u2612'). Where a paper shows at least one ticked box and two empty ones, the options behind the
empty boxes are set aside (an option whose box OCR lost is left alone: it may be the ticked one).
"""

from __future__ import annotations

import re

from intake.layout import cells
from intake.model import Line

# a box as a word of its own: a closing square bracket after at most two marks and an opening bracket, bar or
# parenthesis ('[_]', '|X]', '(_]'), an opening bracket with at most two marks ('[J'), the closing bracket alone
# after OCR's letters for the box's left side ('E]', 'LJ]'), OCR's '(J', or a box character; never a list's '(a)',
# nor '[i', which OCR makes of a ticked box as often as of an empty one
BOX = re.compile(r"(?:[\[(|][^\]\s]{0,2}\]|\[(?![iIl1|]$)[^\]\s]{0,2}|[A-Za-z]{0,2}\]|\(J|[\u2610\u2611\u2612\u25a1\u25a0])")
# an empty box OCR read as a letter or a bracket pair ('O The plan does not include ...', '() Approved in part'): a
# box only on a line that prints a box of the strict kind too (a bar alone is OCR's capital I as often as a box)
LOOSE_BOXES = frozenset({"O", "0", "o", "()", "D", "C"})
LOST_BOX_GAP = 2.0  # a gap of two line heights inside a row of options: where a box stood that OCR did not read
TICK = re.compile(r"[Xx&\u2611\u2612\u25a0\u2713\u2714]")  # ('&': OCR's reading of a filled box)


def _boxed_cells(line: Line) -> list[tuple[int, int, bool | None, float]]:
    """(start, end, ticked, where its words start) of each option of the line opened by a box, as offsets in the
    line's text: a cell holds one option or several (OCR runs a row of options together: '[X] Not supported [_]
    Other'), and a box OCR set apart as a cell of its own opens the next cell. An option after a wide gap with no
    box before it, on a line of boxes, is one whose box OCR lost (ticked None): a dark, ticked box is the one OCR
    drops most."""
    offsets, pos = {}, 0
    for w in line.words:
        offsets[id(w)] = pos
        pos += len(w.text) + 1
    row = cells(line)
    strict = any(_is_box(w.text) for cell in row for w in cell)
    bars = {id(cell[k + 1]) for cell in row for k in range(len(cell) - 1)
            if cell[k].text == "|" and cell[k + 1].text == "|"}  # ('| |': an empty box read as two bars)
    gap = LOST_BOX_GAP * max(line.height, 1.0)
    parts, after_gap, prev = [], set(), None  # the line's words cut at each cell's start, each box, each wide gap
    for cell in row:
        parts.append([])
        for w in cell:
            if id(w) in bars:
                parts[-1].pop()  # (the first bar goes with the box the second one stands for)
            wide = prev is not None and w.bbox[0] - prev.bbox[2] > gap
            if parts[-1] and (_is_box(w.text) or id(w) in bars or (strict and w.text in LOOSE_BOXES) or wide):
                parts.append([])
            if wide:
                after_gap.add(id(w))
            parts[-1].append(w)
            prev = w
    parts = [p for p in parts if p]
    out: list[tuple[int, int, bool | None, float]] = []
    for k, part in enumerate(parts):
        boxed = _is_box(part[0].text) or id(part[0]) in bars or (strict and part[0].text in LOOSE_BOXES)
        if not boxed:
            if strict and id(part[0]) in after_gap:  # an option whose box OCR lost, a wide gap before it
                out.append((offsets[id(part[0])], offsets[id(part[-1])] + len(part[-1].text), None, part[0].bbox[0]))
            continue
        option = part if len(part) >= 2 else (parts[k + 1] if k + 1 < len(parts) else None)
        if option is None or (option is not part and _is_box(option[0].text)):
            continue
        end = offsets[id(option[-1])] + len(option[-1].text)
        text_x = option[1].bbox[0] if option is part else option[0].bbox[0]
        out.append((offsets[id(part[0])], end, bool(TICK.search(part[0].text)), text_x))
    return out


def _is_box(word: str) -> bool:
    return len(word) <= 4 and bool(BOX.fullmatch(word))


def unticked_spans(starts: list[int], lines: list[Line]) -> list[tuple[int, int]]:
    """Pure: the text spans (offsets into the lines joined by newlines, each line starting at `starts`) of the
    options behind empty boxes, when the paper has two empty boxes and a ticked one (or one OCR lost)."""
    return box_spans(starts, lines)[1]


def box_spans(starts: list[int], lines: list[Line]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Pure: (ticked, unticked) option spans, both empty unless the paper has two empty boxes and a ticked one or
    one OCR lost (a ticked option is the decision however much its row of short cells looks like a header). In a
    list of options (lines of boxes one under another) where a box reads as ticked, an option whose box OCR lost
    is another, empty one: a list is ticked once."""
    boxed = []
    for group in _option_lists(starts, lines):
        seen = any(ticked for _, _, ticked in group)
        boxed += [(a, b, False if ticked is None and seen else ticked) for a, b, ticked in group]
    empty = [(a, b) for a, b, ticked in boxed if ticked is False]
    if len(empty) < 2 or len(empty) == len(boxed):
        return [], []  # (no ticked box and no lost one: the reader cannot tell which option was chosen)
    return [(a, b) for a, b, ticked in boxed if ticked], empty


def _option_lists(starts: list[int], lines: list[Line]) -> list[list[tuple[int, int, bool | None]]]:
    """The paper's lists of options: lines of boxes one under another, with a line under them that starts where
    their options' words do (its box lost at the line's start) taken in as an option of the list."""
    groups: list[list[tuple[int, int, bool | None]]] = []
    prev_x = None  # where the options' words start on the list's last line
    for start, ln in zip(starts, lines):
        found = _boxed_cells(ln)
        if found:
            if prev_x is None:
                groups.append([])
            groups[-1] += [(start + a, start + b, ticked) for a, b, ticked, _ in found]
            prev_x = found[0][3]
        elif prev_x is not None and ln.words and abs(ln.words[0].bbox[0] - prev_x) < 0.6 * max(ln.height, 1.0):
            groups[-1].append((start, start + len(ln.text), None))  # (an option under the list, its box lost)
        else:
            prev_x = None
    return groups
