"""Boxes side by side headed by whose they are ('SPONSOR | PATIENT', 'Household contact | Enrollee who asked for care'):
each box's labels ('Name', 'ID number', 'Date of birth') are that person's.

Why: a military family's, a household's or a parent's paper prints the sponsor, the contact or the subscriber in a
box beside the patient's, with the same plain labels in both. Read alone, 'Name' under the sponsor is as good as
'Name' under the patient, and the left box (read first) wins. The heading over each box says who it is: the labels
under the patient's heading name the member, those under the other person's name someone else. Pure: the index's
cells and pairs in, the pairs' labels re-weighed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from intake.extract.kv_types import KVIndex, Label, Pair

log = logging.getLogger(__name__)

PATIENT_SIDE = frozenset({"cared", "patient", "clinical", "student"})
OTHER_SIDE = frozenset({"sponsor", "holder", "guarantor"})
# the other person's box as an addressee names it ('Household contact', 'Parent or guardian', 'Representative')
OTHER_WORDS = re.compile(r"\b(?:contact|parent|guardian|representative|responsible\s+party|padre|madre|tutor|"
                         r"representante|contacto)\b", re.I)
MEMBER_FIELDS = ("member_name", "member_id")
REACH = 8  # lines under the headings that their boxes hold at most
MOST_HEAD_WORDS = 6


def _side(ix: KVIndex, cell) -> str | None:
    """'patient' or 'other' for a heading cell naming whose box it is; None for any other cell."""
    text = cell.text.strip(" |")
    if not text or len(text.split()) > MOST_HEAD_WORDS or re.search(r"\d|:", text):
        return None
    classes: set[str] = set()
    for w in cell.words:
        got = ix.lex.word_classes(w.text.strip("()|,."), w.conf)
        classes |= got or set()
    if classes & OTHER_SIDE or OTHER_WORDS.search(text):
        return "other"
    return "patient" if classes & PATIENT_SIDE else None


def _headings(ix: KVIndex, line) -> list[tuple[float, str]] | None:
    """(x where each box starts, whose) for a line of box headings: one patient's box and another person's, every
    cell of the line a heading."""
    cells = [c for c in ix.cells.get(id(line), []) if c.text.strip(" |") and not c.text.startswith("(")]  # (a
    # note on a heading, '(retired)', is no box of its own)
    sides = [_side(ix, c) for c in cells]
    if len(cells) < 2 or None in sides or sides.count("patient") != 1 or "other" not in sides:
        return None
    return [(c.x0, side) for c, side in zip(cells, sides)]


def _box_of(heads: list[tuple[float, str]], x: float, slack: float) -> str | None:
    """Whose box a cell starting at x stands in: the last heading starting left of it."""
    inside = [side for x0, side in heads if x >= x0 - slack]
    return inside[-1] if inside else None


def _reweighed(ix: KVIndex, lab: Label, side: str) -> Label:
    """A patient's box's label names the member as its words would under 'Patient ...'; the other person's names no
    member at all (their number and name are never the patient's)."""
    if side == "patient":
        classes = lab.classes | {"patient", "cared"}
        scores = {s.field: s for s in lab.scores}
        for s in ix.lex.field_scores(frozenset(classes)):
            if s.field in MEMBER_FIELDS and (s.field not in scores or s.score > scores[s.field].score):
                scores[s.field] = s
        return replace(lab, classes=frozenset(classes), scores=tuple(sorted(scores.values(), key=lambda s: -s.score)))
    return replace(lab, scores=tuple(s for s in lab.scores if s.field not in MEMBER_FIELDS))


def _values_beside(ix: KVIndex, heads: list[tuple[float, str]], below: list, slack: float) -> list[Pair]:
    """A label alone in its cell, the next cell of its row in the same box and no label: its value (where the row,
    'Name  Ana B. Example  Name  Pia L. Example', read as a header paired it with nothing beside it)."""
    paired = {id(p.label) for p in ix.pairs if p.how in ("inline", "next cell")}
    captions = {id(x.cell) for x in ix.labels} | ix.labelled
    out = []
    for ln in below:
        row = ix.cells.get(id(ln), [])
        for lab in (x for x in ix.labels if x.cell.line is ln and id(x) not in paired):
            k = next((j for j, c in enumerate(row) if c is lab.cell), None)
            nxt = row[k + 1] if k is not None and k + 1 < len(row) else None
            if lab.end != len(lab.cell.words) or nxt is None or id(nxt) in captions or \
                    _box_of(heads, nxt.x0, slack) != _box_of(heads, lab.cell.x0, slack):
                continue
            out.append(Pair(lab, nxt, "next cell"))
    return out


def _box_lines(ix: KVIndex, heading, lines: list) -> list:
    """The lines of the boxes under their headings: up to a page's end, a wide gap, or a table's header (more cells
    than two boxes' labels and values: the claims under the boxes are no box's)."""
    out, prev = [], heading
    for ln in lines:
        captions = sum(1 for lab in ix.labels if lab.cell.line is ln and lab.start == 0)
        cells = [c for c in ix.cells.get(id(ln), []) if c.text.strip(" |:")]
        if ln.page != heading.page or ln.bbox[1] - prev.bbox[3] > 2 * max(prev.height, 1) or captions >= 3 or \
                len(cells) > 4 or (captions >= 2 and len(cells) > captions + 2):
            break  # (a table's header: its captions and the words between them, 'Date  Code  Description  Charge')
        out.append(ln)
        prev = ln
    return out


def role_columns(ix: KVIndex) -> None:
    """Re-weigh the labels of the boxes under a line of person headings (in place: the index's pairs)."""
    for i, line in enumerate(ix.lines):
        heads = _headings(ix, line)
        if heads is None:
            continue
        below = _box_lines(ix, line, ix.lines[i + 1:i + 1 + REACH])
        ids = {id(ln) for ln in below}
        slack = 1.5 * max(line.height, 1)
        captions = {id(x.cell) for x in ix.labels} | ix.labelled
        ix.pairs = [p for p in ix.pairs if id(p.label.cell.line) not in ids or id(p.value) not in captions]
        ix.pairs += _values_beside(ix, heads, below, slack)  # (a box's 'Name  Ana B. Example' its label's value)
        for k, pair in enumerate(ix.pairs):
            if id(pair.label.cell.line) not in ids:
                continue
            side = _box_of(heads, pair.label.cell.x0, slack)
            if side is not None:
                ix.pairs[k] = replace(pair, label=_reweighed(ix, pair.label, side))
        log.debug("layout: person headings over side-by-side boxes on line %d (%s)", i, "/".join(s for _, s in heads))
