"""Find labelled values: a label in a cell, its value after it, in the next cell or in the cell below."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from intake.extract.text import fold_keep_len
from intake.layout import cells
from intake.model import Line, Word
from intake.rules import RuleSet

log = logging.getLogger(__name__)
SEP = re.compile(r"^[\s:#.\-–)]*")
PROSE_END = re.compile(r"[.!?]$")
PROSE_BEFORE = re.compile(r"(?:^|\s)(?:dear|estimad[oa]|hello|hi|the|your|our|a|an|this|of|for|and|to|by|from|"
                          r"su|el|la|los|las|del|de|para|por|y)\s*$")


@dataclass
class Cell:
    words: list[Word]
    line: Line

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

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


@dataclass
class LabelHit:
    field: str  # "" for an ignore label
    rank: int
    label: str
    cell: Cell
    inline_value: str  # text after the label in the same cell
    colon: bool  # the label was followed by ':' or '#'


@dataclass
class LabelSpec:
    field: str
    rank: int
    regex: re.Pattern


_COMPILED: dict[str, tuple[LabelSpec, ...]] = {}


LOOKALIKES = {"l": "[l1i|]", "i": "[il1|]", "o": "[o0]"}


def ocr_tolerant(pattern: str) -> str:
    """Let a label's letters match their OCR look-alikes ('Totai' for 'Total', '1D' for 'ID')."""
    out, i, depth = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == "(" and pattern[i + 1:i + 2] == "?":  # keep (?:, (?P<..>, (?= as written
            end = pattern.find(":", i) if pattern[i + 2:i + 3] == ":" else i + 2
            out.append(pattern[i:end + 1])
            i = end + 1
            continue
        out.append(LOOKALIKES.get(ch, ch) if depth == 0 else ch)
        i += 1
    return "".join(out)


def compile_labels(rules: RuleSet) -> tuple[LabelSpec, ...]:
    """Compiled once per rule set (keyed by its digest), never per page."""
    if rules.digest in _COMPILED:
        return _COMPILED[rules.digest]
    specs = [LabelSpec("", 0, re.compile(rf"(?:{p})(?![a-z])")) for p in rules.fields.ignore_labels]
    for name, fr in rules.fields.fields.items():
        for rank, pat in enumerate(fr.labels):
            pat = ocr_tolerant(pat)
            specs.append(LabelSpec(name, rank, re.compile(rf"(?<![a-z0-9])(?:{pat})(?![a-z0-9]|\s?-\s?\d)")))
    _COMPILED[rules.digest] = tuple(specs)
    return _COMPILED[rules.digest]


_MATCH_CACHE: dict[tuple[int, str], list] = {}


def _matches(folded: str, specs) -> list[tuple[int, int, "LabelSpec"]]:
    """Memoised per cell text: letterheads and boilerplate repeat on every page of a stack."""
    key = (id(specs), folded)
    got = _MATCH_CACHE.get(key)
    if got is None:
        if len(_MATCH_CACHE) > 50000:
            _MATCH_CACHE.clear()
        got = _MATCH_CACHE[key] = _find_matches(folded, specs)
    return got


def _find_matches(folded: str, specs) -> list[tuple[int, int, LabelSpec]]:
    """Label matches in a cell; where they overlap the longest wins (then the earliest rule)."""
    found = []
    for spec in specs:
        for m in spec.regex.finditer(folded):
            if m.end() > m.start():
                found.append((m.start(), m.end(), spec))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, LabelSpec]] = []
    for s, e, spec in found:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, spec))
    return kept


def _valid(folded: str, s: int, e: int, n_words: int) -> tuple[bool, bool]:
    """At a cell's start, or followed by ':' / '#': otherwise it is prose, not a label."""
    after = folded[e:e + 3]
    colon = bool(re.match(r"\s*[:#]", after)) or folded[s:e].rstrip().endswith("#")
    at_start = not folded[:s].strip(" -*•")
    if colon and not at_start and PROSE_BEFORE.search(folded[:s]):
        return False, False  # "Dear Member:" is a greeting, not a label
    if colon:
        return True, True
    value_like = bool(re.match(r"\s*[a-z]{0,4}\d", folded[e:e + 8]))
    if at_start and (e >= len(folded.rstrip()) or n_words <= 8 or value_like):
        return True, False
    return False, False


def cell_hits(cell: Cell, specs) -> list[LabelHit]:
    text = cell.text
    folded = fold_keep_len(text).replace("+", "#").replace(",", ".")  # OCR: '#' as '+', 'No.' as 'No,'
    hits: list[LabelHit] = []
    matches = [(s, e, spec) for s, e, spec in _matches(folded, specs)]
    good = []
    for s, e, spec in matches:
        ok, colon = _valid(folded, s, e, len(cell.words))
        if ok:
            good.append((s, e, spec, colon))
    for i, (s, e, spec, colon) in enumerate(good):
        end = good[i + 1][0] if i + 1 < len(good) else len(text)
        value = SEP.sub("", text[e:end]).strip()
        if not colon and value and PROSE_END.search(value) and len(value.split()) > 3:
            continue
        hits.append(LabelHit(spec.field, spec.rank, text[s:e], cell, value, colon))
    return hits


def line_cells(line: Line) -> list[Cell]:
    return [Cell(ws, line) for ws in cells(line)]


def split_at_labels(cell: Cell, specs, row_cells: int = 1, row_has_digits: bool = True) -> list[Cell]:
    """A table header whose labels ran together ('Procedure Provider Charges Discount') becomes one cell per
    label (and the words around them); prose and 'Label: value' cells are left alone."""
    text = cell.text
    if len(cell.words) < 2 or len(cell.words) > 12 or any(ch.isdigit() for ch in text) or ":" in text:
        return [cell]
    folded = fold_keep_len(text).replace("+", "#").replace(",", ".")
    found = _matches(folded, specs)
    covered = sum(e - s for s, e, _ in found)
    header_row = row_cells >= 3 and len(cell.words) <= 8 and not row_has_digits  # value rows carry numbers
    if not found or (len(found) < 2 and not header_row) or (not header_row and
                                                           covered < 0.6 * len(folded.replace(" ", ""))):
        return [cell]
    starts, pos = [], 0
    for w in cell.words:
        starts.append(pos)
        pos += len(w.text) + 1
    cuts = set()
    for s, e, _ in found:
        cuts.add(max(i for i, st in enumerate(starts) if st <= s))
        after = [i for i, st in enumerate(starts) if st >= e]
        if after:
            cuts.add(after[0])
    bounds = sorted(cuts - {0})
    if not bounds:
        return [cell]
    bounds = [0] + bounds + [len(cell.words)]
    return [Cell(cell.words[a:b], cell.line) for a, b in zip(bounds, bounds[1:]) if b > a]
