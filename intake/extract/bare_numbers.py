"""Member numbers found by where they stand, with no caption of the member's: under a caption of their own letters, in
brackets after the patient's name, alone in a running header, on a mailing's key line over the address."""

from __future__ import annotations

import re

from intake.extract import ids
from intake.extract.candidates import Candidate
from intake.extract.context import Context
from intake.extract.dates import find_dates
from intake.extract.lexicon import CONNECTOR


def bare_member_numbers(ctx: Context) -> list[Candidate]:
    """Every such number, as member-ID candidates weighted below a captioned one."""
    return _prefix_named_numbers(ctx) + _running_header_number(ctx) + _keyline_number(ctx)


# a caption naming a number by the letters it opens with ('QXC no.' over 'QXC 341...', 'QXZ number: QXZ 12...'): a
# program's own number for the person, whose letters the lexicon does not know as any label's
PREFIX_CAPTION = re.compile(r"^(?:\d{1,2}[.)]\s*)?([A-Z]{2,5})\s*(?:no\.?|number|num\.?|#)\s*:?$")
PREFIX_INLINE = re.compile(r"(?<![\w/&-])([A-Z]{2,5})\s*(?:no\.?|number|#)\s*:?\s+(?=\1)")  # (not 'Check/EFT no.')
# 'Patient: EXAMPLE, ANA B (QX 123456)': the patient's number in brackets after the name
PATIENT_PAREN = re.compile(r"^\W*(?:patient|member|enrollee|beneficiary|paciente|miembro)\s*:\s*[^()\d]{3,60}"
                           r"\(([A-Z]{0,5}\s?\d[\d -]{4,}\d)\)\s*$", re.I)
PREFIX_WEIGHT = 0.7  # a label's weight: the caption says what kind of number, not whose


def _prefix_named_numbers(ctx: Context) -> list[Candidate]:
    """Numbers under, beside or after a caption made of their own letters and 'no.'."""
    from intake.extract.captions import above

    out: list[Candidate] = []
    lines = ctx.ix.lines
    for pos, line in enumerate(lines):
        if m := PATIENT_PAREN.match(line.text):
            out.append(ctx.from_line(line, "member_id", _as_id(m.group(1)), "layout: the number in "
                                     "brackets after the patient's name", "inline", {"label": PREFIX_WEIGHT}))
        for m in PREFIX_INLINE.finditer(line.text):
            if ctx.lex.word_classes(m.group(1).lower()) is None:
                out += _prefix_value(ctx, line, m.group(1), line.text[m.end():])
        cells = ctx.ix.cells.get(id(line), [])
        for k, cell in enumerate(cells):
            m = PREFIX_CAPTION.match(cell.text.strip())
            if not m or ctx.lex.word_classes(m.group(1).lower()) is not None:
                continue
            if k + 1 < len(cells):
                out += _prefix_value(ctx, line, m.group(1), cells[k + 1].text)
            if pos + 1 < len(lines) and lines[pos + 1].page == line.page:
                under = above(cell, ctx.ix.cells.get(id(lines[pos + 1]), []))  # (the cell of the row under it)
                if under is not None:
                    out += _prefix_value(ctx, lines[pos + 1], m.group(1), under.text)
    return [c for c in out if c.order // 100 not in ctx.others]  # (never another claim's row of a table)


def _prefix_value(ctx: Context, line, prefix: str, text: str) -> list[Candidate]:
    """The number opening `text` when it opens with the caption's letters ('QXC 341105')."""
    m = re.match(re.escape(prefix) + r"[\s-]?(\d[\d -]{3,}\d)\b", text.strip())
    if not m:
        return []
    return [ctx.from_line(line, "member_id", _as_id(m.group(0)), "layout: a number under a caption of its own letters ('XYZ no.')",
                          "column", {"label": PREFIX_WEIGHT})]


# a running header's parts ('QX 2031 0044 | Claim QX-31-0091 | Page 2 of 4', 'ANA B. EXAMPLE  QX 2031004  4 Mar 2031'):
# a number of letters and digits with no caption of its own, printed again on every page
HEADER_PART = re.compile(r"(?<![\w-])([A-Z]{1,5}[ -]?\d[\d ]{4,}\d)(?![\w-])(?!\s[A-Za-z]{3})")  # (no day of a date after)
PAGE_PART = re.compile(r"\b(?:page|p[a\u00e1]gina)\s*\d+\s*(?:of|de|/)\s*\d+\b", re.I)
RUNNING_WEIGHT = 0.6  # a label's weight: where it stands says it is the person's, no caption does


def _running_header_number(ctx: Context) -> list[Candidate]:
    """The one uncaptioned number in a header or footer printed on two pages or more: the person's number, as
    papers that print the claim's and the request's numbers with captions print the member's bare."""
    seen: dict[str, list] = {}
    for line in ctx.ix.lines:
        if len(line.text) >= 12:
            key = re.sub(r"\s+", "", PAGE_PART.sub("", line.text))  # (spaces apart: 'QX 606 426' is 'QX 606426')
            seen.setdefault(key, []).append(line)
    out = []
    for lines in seen.values():
        if len({ln.page for ln in lines}) < 2:
            continue
        printed = PAGE_PART.sub("", lines[0].text)
        bare = [m.group(1) for part in printed.split("|") for m in HEADER_PART.finditer(part)
                if not _label_word_before(ctx, part[:m.end()].rstrip("0123456789 -"))]  # (its own letters no label:
        # 'NPI 1234567890' is a provider's)
        if len(bare) == 1 and not _letters_captioned(ctx, bare[0]):
            out.append(ctx.from_line(lines[0], "member_id", _as_id(bare[0]), "layout: the uncaptioned number of a running "
                                     "header", "inline", {"label": RUNNING_WEIGHT}))
    return out


# a mailing's key line over the address ('QX2031004 * R 2206 * P4' over 'ANA B. EXAMPLE' over '12 Example St'): the
# mailer prints the addressee's own number first
KEYLINE = re.compile(r"^\W{0,2}([A-Z]{0,4}\d[\dA-Z-]{5,})\s*(?:[*\u00b7\u2022]|$)")
NAME_LINE = re.compile(r"^\s*[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){1,4}\s*$")
STREET_START = re.compile(r"^\s*\d{1,6}\s+[A-Z0-9]")


def _keyline_number(ctx: Context) -> list[Candidate]:
    """The number opening the line just over an addressee's name and street."""
    lines, out = ctx.ix.lines, []
    for pos in range(len(lines) - 2):
        line, name, street = lines[pos], lines[pos + 1], lines[pos + 2]
        m = KEYLINE.match(line.text)
        if not m or not sum(c.isdigit() for c in m.group(1)) >= 5 or len({line.page, name.page, street.page}) > 1 \
                or find_dates(m.group(1)):
            continue  # (the letter's date over the address, '2031-02-11', '11-FEB-2031', is no key line)
        if NAME_LINE.match(name.text) and STREET_START.match(street.text) and not _label_word_before(ctx, name.text):
            out.append(ctx.from_line(line, "member_id", _as_id(m.group(1)), "layout: the number on the mailing's key line "
                                     "over the address", "inline", {"label": PREFIX_WEIGHT}))
    return out


def _letters_captioned(ctx: Context, number: str) -> bool:
    """The number's letters are a caption elsewhere ('Program ID (QXP) 5520913', 'QXP: 5520913'): the letters name
    the number, they are no part of it."""
    m = re.match(r"[A-Z]+", number)
    return bool(m) and bool(re.search(rf"\(\s*{m.group(0)}\s*\)|\b{m.group(0)}\s*[:#]", ctx.dtext.text))


def _label_word_before(ctx: Context, text: str) -> bool:
    """A label word among the words before the number in its part ('Claim', 'Policy', 'Form'); an initial or a
    filler word ('A.', 'the') is none."""
    words = [w.strip(".,:;#()").lower() for w in text.split()]
    return any(len(w) >= 2 and (ctx.lex.word_classes(w) or {CONNECTOR}) != {CONNECTOR} for w in words)


def _as_id(text: str) -> str:
    """A number found by where it stands, as the ID reader writes it (its printed groups joined, look-alikes mended)."""
    found = ids.find_ids(text)
    return found[0][0] if found else re.sub(r"\s+", "", text)
