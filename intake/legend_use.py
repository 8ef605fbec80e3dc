"""A code list's entries for codes no row of the paper prints: read for nothing (they explain no refusal here)."""

from __future__ import annotations

import re

from intake.extract.ids import shape_key

# a legend entry: a code at the start of its line, then its words ('N54 No prior authorization ...', 'CO-45: The
# charge ...', '5002 - Filing limit ...'); a code holds a figure (a bare word is no code)
ENTRY = re.compile(r"^\s*(?P<code>(?:[A-Z]{1,3}[- ]?)?\d{1,4}[A-Z]?)\s*[:.\-\u2013]?\s+(?=[A-Za-z(])")
TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-]*")  # (whole: a long number's last digits, '...08597', are no code '97')
LEGEND_RUN = 2  # entries close together: a list of codes, not a sentence that opens with a number
NEAR = 3  # an entry's sentence may run on for two lines before the next entry


def _key(code: str) -> str:
    return shape_key(re.sub(r"[\s\-]", "", code.upper()))


# a second column's entry on a legend line, after the first column's sentence ends ('A3 Lab test paid in full.  N6 The
# provider is not in the network ...'): a code, then a capitalised word
MID_ENTRY = re.compile(r"(?<=[.;)]\s)(?P<code>[A-Z]{1,3}-?\d{1,4}[A-Z]?)\s+(?=[A-Z][a-z])")


def _mid_entries(texts: list[str], legend: set[int]) -> dict[tuple[int, int], str]:
    """(line, offset) -> code of the second column's entries on the legend's lines."""
    return {(k, m.start()): m.group("code") for k in legend for m in MID_ENTRY.finditer(texts[k])}


def _used_codes(texts: list[str], legend: set[int], mids: dict[tuple[int, int], str]) -> set[str]:
    """Every token the paper prints outside the entries' own codes (as OCR may misread it)."""
    used: set[str] = set()
    for k, t in enumerate(texts):
        for (line, at), code in mids.items():
            if line == k:
                t = t[:at] + " " * len(code) + t[at + len(code):]  # (same length: the other offsets hold)
        rest = t[ENTRY.match(t).end():] if k in legend else t
        used.update(_key(tok) for tok in TOKEN.findall(rest.upper()))
    return used


def _legend_lines(texts: list[str], entries: dict[int, str]) -> set[int]:
    """The entries that stand in a list: within three lines of another, or after another whose sentence runs on (in
    lower case) down to them (a long entry's four lines)."""
    near = {k for k in entries if any(k + d in entries for d in (-NEAR, -2, -1, 1, 2, NEAR))}
    order = sorted(entries)
    ran_on = {b for a, b in zip(order, order[1:]) if all(texts[j][:1].islower() for j in range(a + 1, b))}
    return near | (ran_on & {b for a, b in zip(order, order[1:]) if a in near})


def _legend(texts: list[str]) -> tuple[dict[int, str], set[int], dict[tuple[int, int], str], set[str]] | None:
    """The code list's entries, its lines, its second column's entries and the codes the paper prints elsewhere;
    None where there is no list (fewer than two entries close together)."""
    entries = {k: m.group("code") for k, t in enumerate(texts) if (m := ENTRY.match(t))}
    legend = _legend_lines(texts, entries)
    if len(legend) < LEGEND_RUN:
        return None
    mids = _mid_entries(texts, legend)
    return entries, legend, mids, _used_codes(texts, legend, mids)


def unused_mid_entries(texts: list[str]) -> list[tuple[int, int]]:
    """Pure: (line, offset) of a two-column legend's second-column entries whose code no row prints."""
    got = _legend(texts)
    if got is None:
        return []
    entries, legend, mids, used = got
    unused = sorted(spot for spot, code in mids.items() if _key(code) not in used)
    every = len(unused) == len(mids) and all(_key(entries[k]) not in used for k in legend)
    return [] if every else unused  # (no row's code read at all: OCR lost the column)


def unused_entries(texts: list[str]) -> list[int]:
    """Pure: the indexes of legend lines (two entries or more, each within three lines of another) whose code no
    other line prints, as OCR may misread it (shape_key): an entry the key carries for every paper, explaining
    nothing on this one ('T5 Out of network' under rows that all print 'P1' or 'N54')."""
    got = _legend(texts)
    if got is None:
        return []
    entries, legend, _, used = got
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
    spans += [(starts[k] + at, starts[k] + len(texts[k])) for k, at in unused_mid_entries(texts)]  # (to its line's end)
    return spans


# a service row refused outright: billed, then allowed and paid nothing, its note code last ('E0277 Powered air
# mattress 1,265.00 0.00 0.00 Q7'); never a row held for records
ROW_AMOUNT = re.compile(r"(?<![\d.,])\$?\d[\d,]*[.,]\d\d(?![\d])")  # (OCR reads a cent point as a comma)
ROW_CODE = re.compile(r"\s(?P<code>[A-Z]{1,3}\d{1,3})\s*$")
HELD_ROW = re.compile(r"\b(?:pended|pending|on\s+hold|suspended|pendiente|en\s+espera)\b", re.I)


def row_amounts(text: str) -> list[str]:
    """A row's amounts as plain figures ('1,265.00' -> '1265.00', OCR's '64,70' -> '64.70')."""
    return [re.sub(r"[.,](\d\d)$", r".\1", a.lstrip("$")).replace(",", "") for a in ROW_AMOUNT.findall(text)]


def refused_row_codes(texts: list[str]) -> set[str]:
    """Pure: the note codes of rows billed and then allowed and paid nothing."""
    codes = set()
    for text in texts:
        amounts = row_amounts(text)
        m = ROW_CODE.search(text)
        if m and len(amounts) >= 3 and float(amounts[0]) > 0 and amounts[1:3] == ["0.00", "0.00"] and \
                not HELD_ROW.search(text):
            codes.add(m.group("code"))
    return codes


def _entry_end(text: str, start: int, code: str) -> int:
    """Where an entry ends on its line: at the next entry's code of the same shape beside it (a second column's,
    'approves it before Q3 Counted in another ...') or at the line's end."""
    shape = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", code))
    for m in re.finditer(r"\s([A-Z]{1,3}\d{1,4})\s+(?=[A-Z][a-z])", text[start + len(code):]):
        if re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", m.group(1))) == shape and m.group(1) != code:
            return start + len(code) + m.start() + 1
    return len(text)


def refused_entry_spans(texts: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """The legend's entries for the codes of refused rows, each with the lines its sentence runs on to (a lower-case
    start): why the row was refused, however plainly the entry says it, read as the paper's reason (one entry,
    not the whole key with its entries for other rows and other papers)."""
    codes = refused_row_codes(texts)
    spans = []
    for k, text in enumerate(texts):
        row = ROW_CODE.search(text)
        for code in codes - ({row.group("code")} if row else set()):  # (not the row itself, its code last)
            m = re.search(rf"(?:^\s*|(?<=[.;)]\s)|(?<=\s\s))(?-i:{re.escape(code)})\s*[:.\-\u2013]?\s+(?=[A-Za-z(])", text)
            if m is None:
                continue
            spans.append((starts[k] + m.start(), starts[k] + _entry_end(text, m.start(), code)))
            last = k
            while last + 1 < len(texts) and texts[last + 1][:1].islower():
                last += 1
            if last > k:  # (its sentence run on below, beside the second column's words)
                spans.append((starts[k + 1], starts[last] + len(texts[last])))
    return spans
