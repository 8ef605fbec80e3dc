"""Address blocks: a name over a street (or a box) over a town line, the recipient's or an office's.

Who a letter is written to says whose paper it is: a person's name there is the member or a relative, an
organisation that gives care there makes the notice one to the provider about its claim. The shapes are
kept here, apart from the field rules that use them.
"""

from __future__ import annotations

import re

from intake.extract.candidates import Candidate
from intake.extract.text import fold
from intake.model import Line


def cells_text(line: Line) -> str:
    """The first cell of a line (an address block stands apart from what is printed beside it)."""
    from intake.layout import cells

    return " ".join(w.text for w in cells(line)[0])



CARE_OF = re.compile(r"^\s*(?:c/o|c\.o\.|care\s+of\b)", re.I)  # (an 'Attn:' line is an office's, under its name)



def aligned_triples(lines: list, slack: float, follow: int = 2) -> list[tuple]:
    """Three lines in a row (or up to `follow` + 1) that start at the same left edge: an address block, even
    where a line of another column ('THIS IS NOT A BILL' at the right) is printed between its lines."""
    out = []
    for i, a in enumerate(lines):
        same = [ln for ln in lines[i + 1:i + 2 + 2 * follow] if abs(ln.bbox[0] - a.bbox[0]) <= slack and
                not CARE_OF.match(cells_text(ln))][:follow]  # ('Ana Reyes' over 'c/o Luis Reyes' over the street)
        if len(same) >= 2:
            out.append((a, *same))
    return out



# an address block's first line under the name: a street number, a post-office box, general delivery (mail held
# at a post office for someone with no street address), a rural route, or a block-and-lot address abroad
STREET_LINE = re.compile(r"^\s*(?:\d+\s+\w|(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|General\s+Delivery|Apartado|"
                         r"Rural\s+Route|R\.?R\.?\s*\d+|HC\s*\d+|PSC\s*\d+|Blk\.?\s*\d+|Block\s+\d+|Lot\s+\d+)\b)", re.I)
# the block's town line: a ZIP code, a Canadian postal code, or a postal code alone before a country's name; a
# line further down (after an apartment's line) must end in a state and ZIP, no reference number's five digits
POSTCODE_COUNTRY = r"^\s*\d{4,6}\s+[A-Z][a-z]+\s*$"  # ('6100 Philippines')
POSTAL_LINE = re.compile(rf"\b\d{{5}}(?:-\d{{4}})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|{POSTCODE_COUNTRY}")
STATE_ZIP_END = re.compile(rf"\b[A-Z]{{2}}\.?,?\s+\d{{5}}(?:-\d{{4}})?\s*$|{POSTCODE_COUNTRY}")
# a line naming the flat, suite or building, with its number, over the street ('Apt 4B', 'Studio 2, Example Mill')
UNIT_LINE = re.compile(r"^\s*(?:apt|apartment|suite|ste|unit|studio|flat|room|rm|building|bldg|floor|fl)\.?"
                       r"\s*#?\s*\w*\d\w*\b(?!\s*[-\u2013]\s*\d)", re.I)
NUMBERED_STREET = re.compile(r"^\s*\d+\s+\w")  # ('118 Example Road'): a street where people live


_BUSINESS_WORDS: dict[str, frozenset[str]] = {}


def business_words(value: str, rules) -> bool:
    """'Example Urology Partners', 'Example Skin Associates': a word only a business's name holds (rules: provider
    name endings, generic organisation words), so no person's name. The word set is built once per rule set."""
    org = _BUSINESS_WORDS.get(rules.digest)
    if org is None:
        org = _BUSINESS_WORDS[rules.digest] = frozenset(
            fold(w).lower() for w in (*rules.insurers.provider_name_endings, *rules.names.generic_org_words))
    return bool({fold(w).lower().strip(".,") for w in value.split()} & org)


def town_line(after_street: list[Line]) -> bool:
    """The line under the street is the town's, or the one under that (an apartment or suite line between)."""
    texts = [cells_text(x) for x in after_street]
    return bool(texts and POSTAL_LINE.search(texts[0])) or any(STATE_ZIP_END.search(t) for t in texts[1:])


def address_block_names(ctx, parse) -> list[Candidate]:
    """The first line of the recipient's address block (a name over a street over a city line)."""
    if not ctx.doc.pages:
        return []
    page = ctx.doc.pages[0]
    lines = [ln for ln in page.lines if ln.bbox[1] < 0.4 * page.height]
    out = []
    for a, b, *rest in aligned_triples(lines, 0.03 * page.width, follow=3):
        if UNIT_LINE.match(cells_text(b)) and rest and STREET_LINE.match(cells_text(rest[0])):
            b, rest = rest[0], rest[1:]  # a flat's or a studio's line between the name and the street
        if STREET_LINE.match(cells_text(b)) and town_line(rest):
            value = parse(cells_text(a))
            if value and _personal_name(value, bool(NUMBERED_STREET.match(cells_text(b))), ctx.rules):
                out.append(ctx.from_line(a, "member_name", value, "layout: recipient's address block",
                                          "heuristic", {"address_block": 0.75}))
    return out[:1]

def _personal_name(value: str, numbered: bool, rules) -> bool:
    """No name holding a business's word ('Example Urology Partners'). A box or general delivery is an
    office's or a program's address as often as a person's ('Extra Help', 'Example Recovery' over 'PO Box
    40'): only a name with a middle initial or three names is taken there."""
    words = value.split()
    initial = any(len(w.rstrip(".")) == 1 for w in words[1:-1])
    if not numbered and (len(words[-1].rstrip(".")) == 1 or not (initial or len(words) >= 3)):
        return False
    return not business_words(value, rules)


def org_address_below(block: list[str]) -> bool:
    """Under an organisation's name: up to two lines of the office within ('Patient Financial Services', 'Attn:
    ...'), then a street or a box, then the town line (or the one after it, past a suite's line)."""
    for j, text in enumerate(block[:3]):
        if STREET_LINE.match(text):
            after = block[j + 1:j + 3]
            return bool(after) and (bool(POSTAL_LINE.search(after[0])) or any(STATE_ZIP_END.search(t) for t in after[1:]))
        if re.search(r"\d", text) or len(text.split()) > 6:
            return False  # no office's line: a date, a reference, a sentence
    return False
