"""On an EOB listing several claims, only the denied claim's numbers, amount, dates and provider count."""

from __future__ import annotations

import re

from intake.extract.text import fold

CARC = re.compile(r"(?<![A-Za-z0-9])(C[O0Q]|PR|[O0]A|PI|CR)\s?-?\s?(\d{1,3}|[A-Z]\d{1,2})(?![0-9])")


def _denies(text: str, rules) -> bool:
    codes = {c for cs in rules.carc.codes.values() for c in cs} - set(rules.carc.not_denials)
    if any(m.group(2) in codes for m in CARC.finditer(text)):
        return True
    low = fold(text)
    return any(w in low for w in rules.documents.eob_denial)


def claim_blocks(ix, rules) -> tuple[set[int] | None, set[int]]:
    """(lines of the denied claim, lines of the other claims); (None, empty) unless several claims differ."""
    starts = sorted({ix.position(lab.cell.line) for lab in ix.labels
                     if lab.start == 0 and "claim" in lab.classes and lab.score_for("case_numbers")})
    if len(starts) < 2:
        return None, set()
    ends = starts[1:] + [len(ix.lines)]
    blocks = [set(range(a, b)) for a, b in zip(starts, ends)]
    texts = ["\n".join(ix.lines[i].text for i in sorted(b)[:12]) for b in blocks]
    denied = [i for i, t in enumerate(texts) if _denies(t, rules)]
    if len(denied) != 1:
        return None, set()
    focus = blocks[denied[0]]
    others = set().union(*(b for i, b in enumerate(blocks) if i != denied[0]))
    return focus, others
