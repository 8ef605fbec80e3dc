"""A code list's entries for codes no row of the paper prints: read for nothing (they explain no refusal here)."""

from __future__ import annotations

import re

from intake.extract.ids import shape_key

# a legend entry: a code at the start of its line, then its words ('N54 No prior authorization ...', 'CO-45: The
# charge ...', '5002 - Filing limit ...'); a code holds a figure (a bare word is no code)
ENTRY = re.compile(r"^\s*(?P<code>(?:[A-Z]{1,3}[- ]?)?\d{1,4}[A-Z]?)\s*[:.\-\u2013]?\s+(?=[A-Za-z(])")
TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-]{0,8}")
LEGEND_RUN = 2  # entries close together: a list of codes, not a sentence that opens with a number
NEAR = 3  # an entry's sentence may run on for two lines before the next entry


def _key(code: str) -> str:
    return shape_key(re.sub(r"[\s\-]", "", code.upper()))


def unused_entries(texts: list[str]) -> list[int]:
    """Pure: the indexes of legend lines (two entries or more, each within three lines of another) whose code no
    other line prints, as OCR may misread it (shape_key): an entry the key carries for every paper, explaining
    nothing on this one ('T5 Out of network' under rows that all print 'P1' or 'N54')."""
    entries = {k: m.group("code") for k, t in enumerate(texts) if (m := ENTRY.match(t))}
    legend = {k for k in entries if any(k + d in entries for d in (-NEAR, -2, -1, 1, 2, NEAR))}
    if len(legend) < LEGEND_RUN:
        return []
    used: set[str] = set()
    for k, t in enumerate(texts):
        rest = t[ENTRY.match(t).end():] if k in legend else t
        used.update(_key(tok) for tok in TOKEN.findall(rest.upper()))
    unused = sorted(k for k in legend if _key(entries[k]) not in used)
    return [] if len(unused) == len(legend) else unused  # (no row's code read at all: OCR lost the column)


def unused_entry_spans(texts: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """The text spans of unused_entries, each with the lines its sentence runs on to (a lower-case start)."""
    spans = []
    for k in unused_entries(texts):
        end = k
        while end + 1 < len(texts) and texts[end + 1][:1].islower():
            end += 1
        spans.append((starts[k], starts[end] + len(texts[end])))
    return spans
