"""On an EOB listing several claims, only the denied claim's numbers, amount, dates and provider count."""

from __future__ import annotations

import re

from intake.extract.text import fold

_CARC: dict[str, re.Pattern] = {}


def carc_regex(rules) -> re.Pattern:
    """GROUP-CODE as printed on EOBs ('CO-50', 'PR 204'), the groups from carc.yaml; an O may be read 0 or Q."""
    pat = _CARC.get(rules.digest)
    if pat is None:
        groups = "|".join(g.replace("O", "[O0Q]") for g in rules.carc.group_codes)
        pat = _CARC[rules.digest] = re.compile(
            rf"(?<![A-Za-z0-9])({groups})\s?[-\u2013]?\s?(\d{{1,3}}|[A-Z]\d{{1,2}})(?![0-9])")
    return pat


def group_of(printed: str) -> str:
    """The group code as carc.yaml spells it, from how OCR printed it ('C0' is 'CO')."""
    return printed.replace("0", "O").replace("Q", "O")


BARE_CARC = re.compile(r"\b(?:CARC|reason code|c[oó]digo de raz[oó]n)\s*#?:?\s*(\d{1,3})\b", re.I)


def _denies(text: str, rules) -> bool:
    codes = {c for cs in rules.carc.codes.values() for c in cs} - set(rules.carc.not_denials)
    if any(m.group(2) in codes for m in carc_regex(rules).finditer(text)):
        return True
    if any(m.group(1) in codes for m in BARE_CARC.finditer(text)):  # a legend's '(CARC 97)', no group code
        return True
    low = fold(text)
    return any(w in low for w in rules.documents.eob_denial)


NOTE = re.compile(r"^\s*\(?([A-Z]{1,2}\d{1,3})\)?(?=[\s:\-\u2013(])")


def denying_notes(ix, rules) -> set[str]:
    """Note codes whose legend line says the service is denied ('Z1 (CO-197) This service needs approval')."""
    out = set()
    for ln in ix.lines:
        m = NOTE.match(ln.text)
        if m and _denies(ln.text[m.end():], rules):
            out.add(m.group(1))
    return out


def line_denies(text: str, rules, notes: set[str]) -> bool:
    """One service line: a denying reason code or a note whose legend denies."""
    return _denies(text, rules) or any(re.search(rf"(?<![A-Za-z0-9]){n}(?![A-Za-z0-9])", text) for n in notes)


def _claim_starts(ix) -> dict[int, str]:
    """Lines that start a claim ('Claim ID 123 ...'), with the claim's number."""
    from intake.extract.ids import find_ids, shape_key

    out: dict[int, str] = {}
    for lab in ix.labels:
        if lab.start == 0 and "claim" in lab.classes and lab.score_for("case_numbers"):
            rest = " ".join(w.text for w in lab.cell.words[lab.end:])
            got = find_ids(rest) or _number_below(ix, lab)
            out.setdefault(ix.position(lab.cell.line), shape_key(got[0][0]) if got else f"#{len(out)}")
    return out


def _number_below(ix, lab) -> list:
    """A 'Claim number' column header: the claim's number is the cell under it."""
    from intake.extract.ids import find_ids
    from intake.extract.kv import column

    if lab.end != len(lab.cell.words):
        return []
    under = column(ix, lab.cell, max_rows=1)
    return find_ids(under[0].text) if under else []


TOTAL_ROW = re.compile(r"^\W*(?:claim\s+)?(?:sub)?totals?\b|^\W*total\s+(?:del\s+)?reclam", re.I)


def _headings_joined(starts: dict[int, str]) -> dict[int, str]:
    """'Claim 2 of 2 - Partly denied' over a 'Claim number' header row: a start without a number of its own
    right above the next start is that claim's heading, not a claim (the claim begins at the heading)."""
    order = sorted(starts)
    out = dict(starts)
    for a, b in zip(order, order[1:]):
        if a in out and out[a].startswith("#") and b - a <= 2:
            out[a] = out.pop(b)
    numbered = {k: v for k, v in out.items() if not v.startswith("#")}
    return numbered if len(set(numbered.values())) >= 2 else out  # 'Claims in this statement' is a title


def _blocks(ix, starts: list[int]) -> list[set[int]]:
    """Each claim runs to the next claim's start, the end of its page, or its own total row: what follows
    the last claim's total (statement totals, the code legend, appeal rights) belongs to no claim."""
    out = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(ix.lines)
        page = ix.lines[a].page
        block = set()
        for i in range(a, b):
            if ix.lines[i].page != page:
                break
            block.add(i)
            if i > a and TOTAL_ROW.match(ix.lines[i].text):
                break
        out.append(block)
    return out


def claim_blocks(ix, rules) -> tuple[set[int] | None, set[int]]:
    """(lines of the denied claim, lines of the other claims); (None, empty) unless several claims differ.

    A claim named again further on ('About the claim we did not pay: Claim ID 123') is the same claim."""
    starts = _headings_joined(_claim_starts(ix))
    keys = list(dict.fromkeys(starts.values()))
    if len(keys) < 2:
        return None, set()
    order = sorted(starts)
    blocks = _blocks(ix, order)
    by_claim: dict[str, set[int]] = {}
    for a, block in zip(order, blocks):
        by_claim.setdefault(starts[a], set()).update(block)
    notes = denying_notes(ix, rules)

    def denies(block: set[int]) -> bool:
        return line_denies("\n".join(ix.lines[i].text for i in sorted(block)[:14]), rules, notes)

    denied = [k for k, b in by_claim.items() if denies(b)]
    if len(denied) != 1:
        return None, set()
    focus = by_claim[denied[0]]
    others = set().union(*(b for k, b in by_claim.items() if k != denied[0]))
    return focus, others
