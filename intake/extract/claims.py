"""On an EOB listing several claims, only the denied claim's numbers, amount, dates and provider count."""

from __future__ import annotations

import re

from intake.extract import ids
from intake.extract.kv_columns import CLAIM_DETAIL, CLAIM_TOTAL
from intake.extract.remarks import cites_note, denying_notes, legend_line, line_denies
from intake.extract.text import fold, join_split_capitals


def _claim_starts(ix) -> dict[int, str]:
    """Lines that start a claim ('Claim ID 123 ...'), with the claim's number."""
    from intake.extract.ids import find_ids, shape_key

    out: dict[int, str] = {}
    totalled: set[str] = set()
    for lab in ix.labels:
        if lab.start == 0 and "claim" in lab.classes and lab.score_for("case_numbers") and \
                not _sentence_goes_on(ix, lab):
            rest = _fragments_joined(" ".join(w.text for w in lab.cell.words[lab.end:]))
            if ids.PO_BOX.match(rest.strip()):
                continue  # 'Claims: PO Box 80512, Town, ST 12345': where claims are sent, no claim
            got = find_ids(rest) or (find_ids(_next_cell(lab)) if not rest else []) or _number_below(ix, lab)
            if got and TOTAL_WORD.match(rest[got[0][2]:]):
                totalled.add(shape_key(got[0][0]))  # 'Claim 12-345 total': where that claim ends
            elif got:
                out.setdefault(ix.position(lab.cell.line), shape_key(got[0][0]))
            elif CLAIM_ORDINAL.match(rest):  # 'Claim 2 of 3 - Denied': a heading, numbered later
                out.setdefault(ix.position(lab.cell.line), f"#{len(out)}")
    for i, ln in enumerate(ix.lines):
        key = _heading_claim(ln.text) or _remit_claim_header(ln.text) or _bill_heading(ln.text) or \
            _heading_claim(_without_side_cell(ix, ln)) or _wrapped_heading_claim(ix, i)
        if key:
            out.setdefault(i - _heading_begun_above(ix, i), key)
    for i, key in _number_headed_claims(ix).items():
        out.setdefault(i, key)
    for i, key in _person_headed_claims(ix).items():
        out.setdefault(i, key)
    if len(set(out.values())) < 2:  # (claims headed 'Claim 1 of 3' keep their headings: an ICN is in their blocks)
        for i, key in _control_headings(ix).items():
            out.setdefault(i, key)
    if len(set(out.values())) < 2:
        for i, key in _caption_headed_claims(ix).items():
            out.setdefault(i, key)
    if len(set(out.values())) < 2:
        for i, key in _person_then_number_claims(ix).items():
            out.setdefault(i, key)
    return _rows_led_by(ix, totalled, out) if totalled else out


def _without_side_cell(ix, ln) -> str:
    """A line's text without its last cell, where a side column beside the claims prints its words on the claim's
    heading line ('Ana B. Example - claim QX1234  |  call us weekdays'); '' for a line of one cell."""
    cells = ix.cells.get(id(ln), [])
    return " ".join(c.text for c in cells[:-1]) if len(cells) >= 2 else ""


def _control_headings(ix) -> dict[int, str]:
    """'ICN 3190...  Example Clinic' opening one block, 'ICN 3191...' the next: a control-number caption on two
    lines or more with different numbers heads each claim of a statement (once, it is the paper's). On a
    remittance the patient's name and ID may come first ('DOE, ANA  ID 123  ICN 3150...')."""
    from intake.extract.ids import find_ids, shape_key

    by_caption: dict[str, dict[int, str]] = {}
    for lab in ix.labels:
        if "control" not in lab.classes or "claim" in lab.classes or not lab.score_for("case_numbers") or \
                (lab.start == 0 and _sentence_goes_on(ix, lab)) or _sentence_line(lab.cell.line.text):
            continue
        got = find_ids(_groups_joined(" ".join(w.text for w in lab.cell.words[lab.end:])))
        if got and got[0][1] == 0:
            caption = fold(" ".join(w.text for w in lab.cell.words[:lab.end]))
            by_caption.setdefault(caption, {})[ix.position(lab.cell.line)] = shape_key(got[0][0])
    for i, ln in enumerate(ix.lines):  # (a caption inside a line the label reader took for one cell)
        for m in INLINE_CONTROL.finditer(ln.text):
            got = find_ids(_groups_joined(m.group(2)))
            if got and got[0][1] == 0 and not _sentence_line(ln.text):
                by_caption.setdefault(m.group(1).lower(), {}).setdefault(i, shape_key(got[0][0]))
    return {i: k for rows in by_caption.values() if len(set(rows.values())) >= 2 for i, k in rows.items()}


GROUPED_DIGITS = re.compile(r"^\s*(\d{3,5}(?: \d{3,7}){1,3})(?![\w-])")


def _groups_joined(text: str) -> str:
    """A control number printed in groups of digits ('2031 417 305962') is one number, not three."""
    m = GROUPED_DIGITS.match(text)
    return re.sub(r"\s+", "", m.group(1)) + text[m.end():] if m else text


INLINE_CONTROL = re.compile(r"(?<![A-Za-z0-9])(ICN|TCN|CCN|DCN)\s*(?:#|no\.?)?\s*:?\s*(\d{3,5}(?: \d{3,7}){1,3}(?![\w-])|"
                            r"[A-Z0-9][A-Z0-9-]{6,})")  # (its digits printed in groups: 'ICN 2031 417 305962')


def _sentence_goes_on(ix, lab) -> bool:
    """'... paid to your practice on / claim 123. Codes ...': a lower-case 'claim' opening a line that a
    sentence of the line above runs on into names a claim in prose; it starts no claim block."""
    pos = ix.position(lab.cell.line)
    if not lab.cell.words[0].text[:1].islower() or pos == 0:
        return False
    above = ix.lines[pos - 1]
    words = above.text.split()
    return above.page == lab.cell.line.page and len(words) >= 6 and not re.search(r"[.:;!?]$", words[-1])


FRAGMENT = re.compile(r"^[\W_]*([A-Z0-9]{2,5})\s+([A-Z0-9]{5,12})\b(.*)$")


def _fragments_joined(rest: str) -> str:
    """'Claim # 31K 2E5810477', 'Claim + 31K0M 2640918': a claim's number OCR cut after its prefix is one
    number (a prefix with digits, then a run of five or more digits), whatever mark OCR read for the '#'."""
    m = FRAGMENT.match(rest)
    if not m or not re.search(r"\d", m.group(1)) or sum(c.isdigit() for c in m.group(2)) < 5:
        return rest
    return m.group(1) + m.group(2) + m.group(3)


# 'claim 12K3456789', 'Claim #: 55-1234', 'reclamo núm. 8812' inside a line
CLAIM_WORD = re.compile(r"\b(?:claim|reclamo|reclamaci[oó]n)\s*(?:#|no\.?|number|id|n[uú]m\.?)?\s*:?\s*(?=\S*\d)", re.I)


def _heading_claim(text: str) -> str | None:
    """A short heading line naming a claim mid-line ('2. Ana Reyes - claim 26K1234567 - Not paid'): a
    statement telling each claim as a paragraph starts each with such a heading. Sentences do not count."""
    from intake.extract.ids import find_ids, shape_key
    from intake.extract.kv_labels import _sentence_end
    from intake.extract.money import find_money

    words = text.split()
    if "|" in text:  # ('Ana B. Example | Example Clinic | Claim 3102... | Rendering: ...': its bars no words)
        words = [w for w in words if w != "|"]
    most = 24 if NUMBERED_HEADING.match(text) else 16  # (a numbered paragraph's heading may name who and when)
    if not 3 <= len(words) <= most or _sentence_end(words[-1]) or find_money(text) or TOTAL_WORD.match(text) or \
            _sentence_line(text):  # (a sentence naming a claim, 'We already paid claim 123 from ...', heads none)
        return None  # 'Total for claim #12-345  $55.25': a claim's total row, no heading
    m = CLAIM_WORD.search(text)
    if not m or m.start() == 0:
        return None  # a label at the start of a line is found by the label reader
    got = find_ids(text[m.end():])
    return shape_key(got[0][0]) if got and got[0][1] == 0 else None


NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
CLAIM_AT_END = re.compile(r"[-\u2013\u2014|]\s*(?:claim|reclamo)(?:\s+(?:no\.?|number|#|n\u00famero))?\s*$", re.I)


def _heading_begun_above(ix, i: int) -> int:
    """1 where a claim's heading line goes on from a numbered line above it ('5. Therapy with Example PT on March'
    over '12, 2031 - claim QC26153 - PAID'): the claim starts at its number."""
    if i == 0 or NUMBERED_HEADING.match(ix.lines[i].text) or ix.lines[i - 1].page != ix.lines[i].page:
        return 0
    above = ix.lines[i - 1].text
    return int(bool(NUMBERED_HEADING.match(above)) and not CLAIM_WORD.search(above) and not _line_ends_sentence(above))


def _line_ends_sentence(text: str) -> bool:
    """A line closing a sentence (its point no title's or initial's: 'Dr.', 'Ana B.'): no heading going on."""
    return text.rstrip().endswith((".", ":", ";")) and not re.search(r"\b[A-Z][a-z]{0,3}\.$", text.rstrip())


def _wrapped_heading_claim(ix, i: int) -> str | None:
    """A numbered claim's heading run over two lines, its number opening the second ('4. Glasses from Example
    Optical on March 9, 2031 - claim' over 'QC1264644758 - NOT PAID'): the claim that paragraph tells of."""
    from intake.extract.ids import find_ids, shape_key

    text = ix.lines[i].text
    if not NUMBERED_HEADING.match(text) or not CLAIM_AT_END.search(text) or i + 1 >= len(ix.lines) or \
            ix.lines[i + 1].page != ix.lines[i].page:
        return None
    got = find_ids(" ".join(ix.lines[i + 1].text.split()[:2]))
    return shape_key(got[0][0]) if got and got[0][1] == 0 else None


# a bill's block on a workers' compensation or federal program's statement, as a claim's on an EOB ('Bill
# 31200-0000101-8  Example Physical Therapy  02/23/2031 - 02/27/2031'): the bill's number, then who billed it
BILL_HEADING = re.compile(r"^\s*(?:Bill|BILL)\s+(?:(?:no\.?|number|#)\s*)?([A-Z0-9][A-Z0-9-]{7,})\s+(?:Dr\.\s+)?[A-Z][a-z]")


def _bill_heading(text: str) -> str | None:
    from intake.extract.ids import shape_key

    m = BILL_HEADING.match(text)
    return shape_key(m.group(1)) if m and sum(c.isdigit() for c in m.group(1)) >= 6 else None


# a paper remittance's claim header: the patient's name and number, then the claim's control number
# ('NAME DOE, JANE  MID 1AB2...  ACNT 55  ICN 1234567890123'): every claim of the remit opens with one
REMIT_HEADER = re.compile(r"^\W*(?:NAME|PATIENT|PT\s+NAME)\b.*\b(?:MID|HIC|HICN|MBI|MEMBER\s+ID)\b.*\b(?:ICN|CLAIM\s*#?)\s*:?\s*"
                          r"([A-Z0-9][A-Z0-9-]{6,})\b")


def _remit_claim_header(text: str) -> str | None:
    from intake.extract.ids import shape_key

    m = REMIT_HEADER.search(text)
    return shape_key(m.group(1)) if m and sum(c.isdigit() for c in m.group(1)) >= 6 else None


# 'Total for claim ...' opening a line, or 'total' right after a claim's number: where a claim ends
TOTAL_WORD = re.compile(r"\W*(?:sub|grand\s+)?totals?\b", re.I)


def _rows_led_by(ix, keys: set[str], starts: dict[int, str]) -> dict[int, str]:
    """A table whose first column is the claim number and whose claims end in 'Claim NUMBER total' rows:
    each row that begins with one of those numbers starts that claim."""
    from intake.extract.ids import find_ids, shape_key

    out = dict(starts)
    for i, ln in enumerate(ix.lines):
        got = find_ids(" ".join(w.text for w in ln.words[:2]))
        if got and got[0][1] == 0 and shape_key(got[0][0]) in keys:
            out.setdefault(i, shape_key(got[0][0]))
    return out


# a claims listing that opens each claim with its number and then who billed it, with no caption on the line
# ('QX2031-00412 Example Orthopaedics' over the claim's dated rows): the claim caption stands once, in the
# column header over the listing ('Date / claim  Provider and service  Billed ...')
NUMBER_HEADED = re.compile(r"^\W{0,2}([A-Z0-9][A-Z0-9-]{6,})\s+(?:(?:Dr\.\s+)?[A-Z][a-z]|[\u00b7\u2022|\u2013\u2014]\s+[A-Za-z]|"
                           r"[A-Z][A-Z'\-]+,\s*[A-Z])")
# (or the number, a dot or a bar, then the rest: 'QX-31-21497 \u00b7 inv. 88 \u00b7 Example Home Care'; or the patient in
# capitals, 'QX31337198030 EXAMPLE, ANA C  4110175817': a remittance's claim line by its control number)
CLAIM_TOTAL_ROW = re.compile(r"^\W*claim\s+total", re.I)


def _number_headed_claims(ix) -> dict[int, str]:
    """Lines opening with a claim's number then a name, no amount or date on them, each over dated rows with
    amounts: when two or more such lines print different numbers of one printed shape, under a column header
    that names the claim, each starts a claim."""
    from intake.extract.ids import shape_key

    found: dict[str, dict[int, str]] = {}
    led: set[int] = set()  # (the number and the patient opening the claim's first service row)
    for i, ln in enumerate(ix.lines):
        m = NUMBER_HEADED.match(ln.text)
        if not m or sum(c.isdigit() for c in m.group(1)) < 5:
            continue
        if ROW_AMOUNT.search(ln.text) or DATED_ROW.search(ln.text):
            if not PERSON_AFTER_NUMBER.match(ln.text, m.end(1)):
                continue
            led.add(i)
        elif not _dated_rows_under(ix, i):
            continue
        shape = "led" if i in led else re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", m.group(1)))  # (a fax may add a
        found.setdefault(shape, {})[i] = shape_key(m.group(1))  # figure to one number: led lines are one listing)
    out: dict[int, str] = {}
    for rows in found.values():
        totalled = _each_totalled(ix, sorted(rows))
        if led & set(rows) and not totalled:
            continue  # ('QX-31-21 EXAMPLE, ANA 03/02/31 ... 62.00': a table's row per claim, unless each claim's
            # rows close on a 'Claim total' row)
        if len(set(rows.values())) >= 2 and (totalled or _claim_header_over(ix, min(rows))):
            out.update(rows)
    return out


PERSON_AFTER_NUMBER = re.compile(r"\s+[A-Z][A-Z'\-]+,\s*[A-Z]")  # 'QX31 EXAMPLE, ANA ...': the patient in capitals


def _caption_headed_claims(ix) -> dict[int, str]:
    """A statement that opens each claim with the same caption other than 'claim' ('Reference: X', 'Case no. X',
    'Control no. X' over the claim's dated rows): two or more such lines, one caption, different numbers, each over
    dated rows with amounts, start claims, known by their numbers."""
    from intake.extract.ids import find_ids, shape_key

    found: dict[str, dict[int, str]] = {}
    for lab in ix.labels:
        if lab.start != 0 or "claim" in lab.classes or not lab.score_for("case_numbers") or \
                _sentence_goes_on(ix, lab):
            continue
        got = find_ids(" ".join(w.text for w in lab.cell.words[lab.end:]))
        i = ix.position(lab.cell.line)
        if got and got[0][1] == 0 and _dated_rows_under(ix, i, reach=4):
            found.setdefault(fold(lab.text).strip(" :#"), {})[i] = shape_key(got[0][0])
    out: dict[int, str] = {}
    for rows in found.values():
        if len(set(rows.values())) >= 2:
            out.update(rows)
    return out


# a claim's first line on a vendor's statement: the patient in capitals, the claim's number, then who billed
# ('EXAMPLE, ANA T  QX3107059119  Example Medical Group  ...'), its date and amounts on the line under it
PERSON_THEN_NUMBER = re.compile(r"^\W{0,2}[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?,\s*[A-Z][A-Z'\-]+(?:\s+[A-Z]\.?)?"
                                r"\s+([A-Z]{0,4}\d[A-Z0-9-]{7,})\b")


def _person_then_number_claims(ix) -> dict[int, str]:
    """Lines opening with a patient in capitals and a claim's number, no amount on them, each over a dated row with
    amounts within two lines: two or more with different numbers each start a claim, known by that number."""
    from intake.extract.ids import shape_key

    rows: dict[int, str] = {}
    for i, ln in enumerate(ix.lines):
        m = PERSON_THEN_NUMBER.match(ln.text)
        if m and sum(c.isdigit() for c in m.group(1)) >= 6 and not ROW_AMOUNT.search(ln.text) and \
                _dated_rows_under(ix, i, reach=2):
            rows[i] = shape_key(m.group(1))
    return rows if len(set(rows.values())) >= 2 else {}


def _each_totalled(ix, heads: list[int]) -> bool:
    """Every heading's rows close on a 'Claim total' row before the next heading: the headings are claims', whatever
    the column header says (the last one may close on a later page)."""
    ends = heads[1:] + [min(heads[-1] + 40, len(ix.lines))]
    closed = [any(CLAIM_TOTAL_ROW.match(ix.lines[j].text) for j in range(a + 1, b)) for a, b in zip(heads, ends)]
    return all(closed[:-1]) and len(heads) >= 2


# a remittance's claim line with no captions: the patient as 'LAST, FIRST M', then numbers only (the member's, the
# claim's control number, the account: 'EXAMPLE, ANA T  8624800801  6074321511143  QX15570')
PERSON_NUMBERS = re.compile(r"^\s*[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?,\s*[A-Z][A-Z'\-]+(?:\s+[A-Z]\.?)?"
                            r"((?:\s+[A-Z]{0,4}-?\d{4,}){2,5})\s*$")  # (a patient account 'QXA-287892' too)


# or the same, the claim's first service row going on after the numbers on its line ('EXAMPLE, ANA T  QX8624800
# 6074321511143  03/02/31 03/02/31 A0130 1 62.00 ...')
PERSON_ROW = re.compile(PERSON_NUMBERS.pattern.replace(r"[A-Z]{0,4}-?\d{4,}", r"[A-Z0-9]{0,4}-?\d{4,}")[:-len(r"\s*$")] +
                        r"\s+(?=\d{1,2}/\d{1,2}/\d{2,4}\s)")  # (a number's letter OCR read as a figure: '1P5776487')


def _person_headed_claims(ix) -> dict[int, str]:
    """Lines of a patient's name in capitals and two numbers or more, no caption, amount or date, each over dated
    rows (or opening the claim's first dated row): two or more with different numbers each start a claim, known by
    its longest number (the control number)."""
    from intake.extract.ids import shape_key

    rows: dict[int, str] = {}
    led: set[int] = set()  # (the claims whose person leads their first service row)
    for i, ln in enumerate(ix.lines):
        m = PERSON_NUMBERS.match(ln.text)
        dated = m is not None and _dated_rows_under(ix, i, reach=4)
        if m is None and (m := PERSON_ROW.match(ln.text)) is not None:
            dated = bool(ROW_AMOUNT.search(ln.text[m.end():]))
            led.add(i)
        numbers = m.group(1).split() if m else []
        longest = max(numbers, key=lambda t: sum(c.isdigit() for c in t), default="")
        if sum(c.isdigit() for c in longest) >= 8 and dated:
            rows[i] = shape_key(longest)
    if led & set(rows) and not _every_row_led(ix, rows):
        return {}  # (a table of one row per claim, some persons misread: the table's rows are read as a table's)
    return rows if len(set(rows.values())) >= 2 else {}


DATE_FIRST = re.compile(r"^\W*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _every_row_led(ix, rows: dict[int, str]) -> bool:
    """Claims of several service rows each, their person leading the first: the service rows around them open a claim
    or go on with one (its date first; a person's line OCR garbled past reading at most one in five), and some claim
    goes on (a table of one row per claim is read as a table, `table_claim_rows`)."""
    span = range(max(0, min(rows) - 3), min(len(ix.lines), max(rows) + 4))
    service = [i for i in span if DATED_ROW.search(ix.lines[i].text) and ROW_AMOUNT.search(ix.lines[i].text)]
    going_on = [i for i in service if i not in rows and DATE_FIRST.match(ix.lines[i].text)]
    passed = [i for i in service if i not in rows and i not in going_on]  # (a person's line OCR garbled: one in five)
    return bool(going_on) and len(passed) <= len(rows) // 5


def _dated_rows_under(ix, i: int, reach: int = 3) -> bool:
    """A dated row with an amount within the next lines of the page (a 'Servicing:' line may come first)."""
    for j in range(i + 1, min(i + 1 + reach, len(ix.lines))):
        ln = ix.lines[j]
        if ln.page != ix.lines[i].page or NUMBER_HEADED.match(ln.text):
            return False
        if DATED_ROW.search(ln.text) and ROW_AMOUNT.search(ln.text):
            return True
    return False


def _claim_header_over(ix, i: int) -> bool:
    """A column header naming the claim within the three lines over the listing's first claim."""
    return any(ix.lines[j].page == ix.lines[i].page and re.search(r"\bclaims?\b", ix.lines[j].text, re.I) and
               not ROW_AMOUNT.search(ix.lines[j].text) and len(ix.lines[j].text.split()) <= 12
               for j in range(max(0, i - 3), i))


# what follows 'Claim' in a claim's heading when its number comes later: '2 of 3', '#1', '1:', 'A'
CLAIM_ORDINAL = re.compile(r"^\s*(?:#\s*)?(?:\d{1,2}|[A-Z])\b(?!\s*[/.-]\s*\d)")


def _next_cell(lab) -> str:
    """'Claim Number:   12-3456-789-012': a label alone in its cell, its value in the cell beside it."""
    from intake.layout import cells

    groups = cells(lab.cell.line)
    for k, group in enumerate(groups[:-1]):
        if group and group[0] is lab.cell.words[0]:
            return " ".join(w.text for w in groups[k + 1])
    return ""


def _number_below(ix, lab) -> list:
    """A 'Claim number' column header: the claim's number is the cell under it."""
    from intake.extract.ids import find_ids
    from intake.extract.kv_columns import column

    if lab.end != len(lab.cell.words):
        return []
    under = column(ix, lab.cell, max_rows=3)
    numbers = {found[0][0] for found in (find_ids(c.text) for c in under) if found}
    if len(numbers) > 1:
        return []  # a list of claims, one per row (a statement's summary table), heads no one claim
    return find_ids(under[0].text) if under else []


TOTAL_ROW = re.compile(r"^\W*(?:claim\s+(?:\S*\d\S*\s+)?)?(?:sub)?totals?\b|^\W*total\s+(?:del\s+)?reclam", re.I)

# but 'Total ankle arthroplasty', 'Total knee replacement': a procedure's name, a service row that totals nothing
PROCEDURE_TOTAL = re.compile(r"^\W*total\s+(?:joint|knee|hip|ankle|shoulder|elbow|wrist|disc|abdominal|vaginal|"
                             r"laparoscopic|parenteral|body|skin|contact|thyroidectomy|laryngectomy|colectomy|"
                             r"mastectomy|hysterectomy|gastrectomy|pancreatectomy|cystectomy|arthroplasty)\b", re.I)


def _totals(text: str) -> bool:
    """A claim's total row, not a service named 'Total knee arthroplasty'."""
    return bool(TOTAL_ROW.match(text)) and not PROCEDURE_TOTAL.match(text)


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
    the last claim's total (statement totals, the code legend, appeal rights) belongs to no claim. The lines
    printed just over a claim's number (its date and provider) are the claim's heading."""
    out: list[set[int]] = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(ix.lines)
        page = ix.lines[a].page
        block = set(heading_lines(ix, a, max(out[-1]) if out else -1))
        served = False  # (a summary notice prints 'Total charges: $...' under the claim's number, over its lines)
        kinds = _line_kinds(ix, out) if k + 1 == len(starts) else None
        for i in range(a, b):
            if ix.lines[i].page != page:
                block -= _after_last_row(ix, block, a, i)
                block.update(_continued(ix, i, b) or ([] if _service_rows(ix, a + 1, i) else _rows_after_break(ix, i, b)))
                break
            if kinds and i > a and _line_kind(ix.lines[i].text) not in kinds:
                break  # the last of uniform blocks ends where its lines stop being the blocks' kind of line
            if i > a and _totals(ix.lines[i].text) and STATEMENT_TOTAL.search(ix.lines[i].text):
                block.update(_went_on_overleaf(ix, i, b))
                break
            block.add(i)
            if i > a and _totals(ix.lines[i].text) and (served or i > a + 2 or not _lines_follow(ix, i, b)) \
                    and not (i + 1 < b and STATUS_LINE.match(ix.lines[i + 1].text)):
                if i + 1 < b and CLAIM_DETAIL.match(ix.lines[i + 1].text):
                    block.add(i + 1)  # its line of captions run into codes under its total ('Plan QX-1 Grp ...')
                break  # (a block's 'Total charges' line over its 'Status' line is the block's own)
            served = served or (i > a and bool(DATED_ROW.search(ix.lines[i].text)))
        out.append(block)
    return out


# 'The totals include all claims on this statement', 'Total for all claims': the statement's, not the claim's
STATEMENT_TOTAL = re.compile(r"\b(?:all|every|each)\s+(?:\w+\s+)?claims?\b|\bthis\s+(?:statement|notice|page)\b|"
                             r"\btodas?\s+las\s+reclamaciones\b", re.I)


def _went_on_overleaf(ix, i: int, end: int) -> range:
    """A claim whose rows the page's end cut, over the statement's totals printed at the foot of every page:
    its rows go on at the top of the next page, up to its own total row there."""
    nxt = next((j for j in range(i, end) if ix.lines[j].page != ix.lines[i].page), None)
    return range(0) if nxt is None else _continued(ix, nxt, end)


def _after_last_row(ix, block: set[int], start: int, end: int) -> set[int]:
    """A claim that runs to its page's end: the lines after its last service or total row there are the page's
    side column and footer (a plan-at-a-glance box, a message, the page number), none of the claim's."""
    rows = [i for i in range(start + 1, end) if _totals(ix.lines[i].text) or
            DATED_ROW.search(ix.lines[i].text) and len(row_amounts(ix.lines[i].text)) >= 2]
    return {i for i in block if rows and rows[-1] < i < end}


def _line_kind(text: str) -> str:
    """What a claim block's line opens with: its label's first word ('claim', 'provider', 'billed'), or '#'
    for a figure, a date or a code (a service row)."""
    word = fold(text.split()[0]).strip(".:,#*") if text.split() else ""
    return word if word.isalpha() and not _dated_start(text) else "#"


def _dated_start(text: str) -> bool:
    from intake.extract.dates import find_dates

    found = find_dates(text[:24])
    return bool(found) and found[0][1] <= 1


def _label_word_first(ix, ln) -> bool:
    """The line opens with a label word ('Plan paid $0.00'), though no field's: one more of a block's lines."""
    return bool(ln.words) and bool(ix.lex.word_classes(ln.words[0].text, ln.words[0].conf)) and \
        not _dated_start(ln.text)  # ('May 4, 2031  43239 ...': a dated service row)


def _line_kinds(ix, blocks: list[set[int]]) -> set[str] | None:
    """The kinds of line the claims before the last one are made of, when they are blocks of several lines
    each ('Claim 1 of 3' / 'Claim number' / 'Provider' / 'Dates' / 'Billed' / 'Status'): the last claim's
    block is made of them too, and the paper's footnotes and code legend under it are not."""
    if len(blocks) < 2 or any(len(b) < 3 for b in blocks):
        return None
    kinds = [{_line_kind(ix.lines[i].text) for i in sorted(b)[1:]} for b in blocks]  # (each block's own lines)
    if any(len(a & b) < 0.7 * len(a | b) for a in kinds for b in kinds):
        return None  # (blocks whose lines differ are no uniform blocks: their service rows vary claim to claim)
    led = {id(lab.cell.line) for lab in ix.labels if lab.start == 0 and lab.cell.x0 <= lab.cell.line.bbox[0] + 1}
    lines = [ix.lines[i] for b in blocks for i in sorted(b)[1:]]
    if not all(id(ln) in led or STATUS_LINE.match(ln.text) or _label_word_first(ix, ln) for ln in lines):
        return None  # (a line opening with no label word is a service row, no block of label lines)
    return set().union(*kinds) | {_line_kind(ix.lines[min(b)].text) for b in blocks}


DATED_ROW = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b|"
                       r"\b\d{1,2}[.-]\d{1,2}[.-]\d{4}\b|\b\d{1,2}[- ][A-Z][A-Za-z]{2}[- ]\d{2,4}\b")
# (a day first with dots or dashes, '07.04.2031', or a month's name, '07-Apr-2031')


def _lines_follow(ix, i: int, end: int) -> bool:
    """A dated service line follows the total within the claim (before the next claim's start, on the page)."""
    for j in range(i + 1, min(end, i + 5)):
        if ix.lines[j].page != ix.lines[i].page:
            return False
        if DATED_ROW.search(ix.lines[j].text):
            return True
    return False


def _continued(ix, first: int, end: int, most: int = 8) -> range:
    """A claim cut by the page's end goes on over the next page's running header when its total row
    follows within a few lines there: its service lines were printed after the break."""
    for j in range(first, min(end, first + most)):
        if ix.lines[j].page != ix.lines[first].page:
            break
        if _totals(ix.lines[j].text):
            return range(first, j + 1)
    return range(0)


def _service_rows(ix, start: int, end: int) -> list[int]:
    """The dated rows with amounts among lines start..end: a claim's service lines."""
    return [i for i in range(start, end) if DATED_ROW.search(ix.lines[i].text) and len(row_amounts(ix.lines[i].text)) >= 2]


def _rows_after_break(ix, first: int, end: int, header: int = 3) -> list[int]:
    """A claim whose heading ends its page with none of its service lines under it: its lines are the dated rows
    opening the next page, under the running header (a few lines at most), up to the next claim or the first
    line that is no such row; the columns are not captioned again."""
    out: list[int] = []
    for j in range(first, end):
        if ix.lines[j].page != ix.lines[first].page:
            break
        if _service_rows(ix, j, j + 1):
            out.append(j)
        elif out or j - first >= header:
            break
    return out


def heading_lines(ix, start: int, floor: int) -> list[int]:
    """The line printed just over a claim's number, skipping labelled lines ('Referred by: ...'), when it
    names someone: 'Nov 10, 2025  Dr. Ana Reyes, Suite 200 (555) 201-0000' or a facility's name alone, as
    summary notices head each claim with who billed it and when. On the claim's page,
    after the claim before it; a sentence, a title in sentence case or an address ends the search (labelled,
    address, number and phone lines under the name are passed over: five lines up at most)."""
    for i in range(start - 1, max(floor, start - 6), -1):
        line = ix.lines[i]
        if line.page != ix.lines[start].page:
            break
        text = REFERRED_TAIL.sub("", line.text)
        if STATUS_LINE.match(text):
            return []  # ('Status  Paid'): the claim before it ends there
        if ":" in text or ADDRESS_LINE.match(text) or NUMBER_LINE.match(text) or WHO_ASKED_LINE.match(text) or \
                _referrer_wrapped(ix, i):
            continue  # a labelled line, the facility's street address or its NPI printed under its name
        return [i] if heading_name(text) else []
    return []


# 'Example Transport, Inc., 88 Depot Street, Town, ST 12345  Referred by: Mesa Hospital': a summary notice
# prints who sent the patient after who billed, on the heading's own line
REFERRED_TAIL = re.compile(r"\s+(?:referred|ordered|prescribed|referido|ordenado)\s+(?:by|por)\s*:.*$", re.I)


def _referrer_wrapped(ix, i: int) -> bool:
    """The end of a referrer's name run over onto a line of its own ('Referred by: Cedar Mound Regional' /
    'Hospital')."""
    line = ix.lines[i]
    return i > 0 and bool(REFERRED_TAIL.search(ix.lines[i - 1].text)) and len(line.text.split()) <= 4 and \
        not re.search(r"\d", line.text)


# 'Ordered by Dr. Ana Reyes' without a colon under a supplier's name: who asked for the item, not who billed it
WHO_ASKED_LINE = re.compile(r"^\s*(?:ordered|referred|prescribed|requested)\s+by\b|^\s*(?:ordenado|referido|recetado)\s+por\b",
                            re.I)
# 'Provider NPI 1234567890', 'PTAN 44321': a provider's number on a line of its own, under its name
NUMBER_LINE = re.compile(r"^\s*(?:(?:provider|supplier|facility)\s+)?(?:npi|ptan|tin|tax\s+id|(?:provider|supplier)\s+"
                         r"(?:id|number|no\.?))\s*#?\s*[\d-]{4,}\s*$|^\s*(?:phone|tel|telephone|fax)\.?\s*[\d()\s.-]{10,}$",
                         re.I)
# '96 Example Road, Springfield, CO 80751': a street line with its town, state and ZIP
ADDRESS_LINE = re.compile(r"^\s*\d{1,6}\s+[A-Za-z].*,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")


# a document's title over its claim box ('Notice of Adverse Benefit Determination') names no one
TITLE_WORDS = re.compile(r"\b(?:notice|explanation|determination|statement|summary|decision|letter|aviso|remittance|"
                         r"invoice|factura|"
                         r"explicaci[oó]n|determinaci[oó]n|resumen|decisi[oó]n|carta)\b", re.I)
SMALL_WORDS = {"of", "and", "the", "for", "at", "de", "del", "la", "las", "los", "y", "&", "on", "in"}


BY_WHOM = re.compile(r"^\s*(?:services?\s+(?:provided|rendered|furnished)\s+by|provided\s+by|servicios?\s+"
                     r"(?:proporcionados?|prestados?|brindados?)\s+por|proporcionados?\s+por)\s*:?\s*", re.I)


# a claim heading's service date printed after the name, with its caption ('... Service date', '... DOS')
DATE_WORDS_END = re.compile(r"[\s,\-\u2013]*(?:(?:(?:service|services)\s+dates?|dates?\s+of\s+service|dos|date\(s\))\s*:?\s*)?"
                            r"(?:from\s*)?$", re.I)


OTHER_DATE_CAPTION = re.compile(r"\b(?:date|dated|dates|fecha|dt|on|el|del|de)\s*:?\s*$", re.I)


def heading_name(text: str) -> str | None:
    """The name in a claim heading: a leading date, then words in title case up to a comma or a phone
    number ('Dr. Ana Reyes', 'Lakeside Nursing Center'), after 'Services provided by' where the heading
    says so; None for a sentence, title or address."""
    from intake.extract.dates import find_dates

    text = REFERRED_TAIL.sub("", text)
    found = find_dates(text)
    if found and found[0][1] <= 1:
        text = text[found[0][2]:]
    elif found and not re.search(r"[A-Za-z]{2}", text[found[-1][2]:]):
        text = DATE_WORDS_END.sub("", text[:found[0][1]])  # ('Example Orthopaedics  Service date 03/02/2031')
        if OTHER_DATE_CAPTION.search(text):
            return None  # ('REMIT DATE 08/06/31': a caption and its date, no one's name)
    if ids.CITY_LINE.match(text):
        return None  # 'Springfield, IL 62701': the last line of an address block over the claim, no one's name
    text = re.sub(r"(?<=\s)[\u20ac\u00a3\u00a2](?=\s)", "&", BY_WHOM.sub("", text))  # OCR's '\u20ac' for a lone '&'
    text = join_split_capitals(text)  # 'Homecare E quipment': OCR's gap after a word's capital
    # ('11/10/2031 Example Cardiology PC Claim number 71-000...': the name ends at the claim's number)
    text = re.split(r"\s(?:Claim|CLAIM|Reclamo)\s+(?i:number|no\.|#|n[u\u00fa]mero)(?!\s*:)", text, maxsplit=1)[0]
    text = re.split(r",|\s\((?=(?-i:[a-z]))|\(\d{3}\)|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\s[|\u2013-]\s*(?:claim|reclamo)\b", text, maxsplit=1,
                    flags=re.I)[0].strip(" -\u2013|")
    words = text.split()
    if not 2 <= len(words) <= 8 or re.search(r"\d", text) or TITLE_WORDS.search(text):
        return None
    if not all(w.lower() in SMALL_WORDS or w[:1].isupper() for w in words):
        return None
    return text


def claim_starts(ix) -> dict[int, str]:
    """Where each claim starts (line position -> the claim's number, or a '#' placeholder), found once per
    document and read by claim_blocks, other_claim_numbers and denied_claim_heading."""
    return _one_claims_numbers(ix, _headings_joined(_claim_starts(ix)))


def _one_claims_numbers(ix, starts: dict[int, str]) -> dict[int, str]:
    """'TFL claim # 123' over 'Medicare claim no. 456' in a header box: two numbers of one claim (the plan's and
    another payer's), not two claims, when nothing of a claim (no amount) is printed between them."""
    from intake.extract.money import find_money

    order = sorted(starts)
    out = dict(starts)
    for a, b in zip(order, order[1:]):
        if a in out and b - a <= 3 and ix.lines[a].page == ix.lines[b].page and \
                not any(find_money(ix.lines[i].text) for i in range(a, b)):
            # (a summary line citing a claim the notice heads again further down, '(see claim 123)', is a mention
            # of that claim; the heading after it starts another)
            cited_again = any(starts[c] == starts[a] for c in order if c > b)
            out.pop(a if cited_again else b)
    return out


def other_claim_numbers(starts: dict[int, str], focus: set[int] | None) -> set[str]:
    """The numbers (shape keys) of the claims that are not the denied one, wherever else they are printed
    (a statement's summary table lists every claim's number)."""
    if focus is None:
        return set()
    mine = {k for a, k in starts.items() if a in focus}
    others = {k for a, k in starts.items() if a not in focus and not k.startswith("#")} - mine
    # the denied claim's number read twice, once cut ('551-20934' of '41C551-20934'), is still its own
    return {k for k in others if not any(len(m) >= 6 and (k.endswith(m) or m.endswith(k)) for m in mine)}


def denied_claim_heading(ix, starts: dict[int, str], focus: set[int] | None) -> list[int]:
    """The heading lines of the denied claim (of the only claim when the notice lists one)."""
    starts = every = sorted(starts)
    if focus is not None:
        starts = [a for a in starts if a in focus]
    elif len(starts) != 1:
        return []
    if not starts:
        return []
    return _named_on_its_line(ix, starts[0]) or heading_lines(ix, starts[0], -1) or _heading_from(ix, starts[0]) or \
        _named_under(ix, starts[0]) or _group_heading(ix, every, starts[0])


def _group_heading(ix, starts: list[int], start: int) -> list[int]:
    """A summary notice names who billed once over all its claims ('Example Transport, 88 Depot Street ...'
    over three trips, each with its date and claim number): a claim with no heading of its own takes the
    heading of the claims printed just before it, on its page, with only their rows between (no sentence)."""
    earlier = [a for a in starts if a < start and ix.lines[a].page == ix.lines[start].page][-3:]
    for a in reversed(earlier):
        if any(_sentence_line(ix.lines[i].text) for i in range(a, start)):
            return []
        got = heading_lines(ix, a, -1)
        if got and NAME_THEN_STREET.search(ix.lines[got[0]].text):
            return got  # (a group's heading names who billed and where: 'Example Transport, 88 Depot Street')
        if got:
            return []
    return []


NAME_THEN_STREET = re.compile(r"[A-Za-z.]\s*,\s*\d{1,6}\s+[A-Z][a-z]+")


def _sentence_line(text: str) -> bool:
    words = text.split()
    return len(words) >= 10 and sum(w.isalpha() and w.islower() for w in words) >= 6


# 'Example Family Clinic, 03/02/2031 - Claim number 41-2207', 'Example Imaging | Claim 123', 'Example Hospital, claim
# number 123456789': who billed (and when), before the claim's number
NAMED_BEFORE_CLAIM = re.compile(r"^\s*([A-Z][^:|]{3,80}?)(?:,?\s+(?:\d{1,2}/\d{1,2}/\d{2,4}\s*)?[-\u2013|]\s*(?:claim|reclamo)\b|"
                                r",\s*(?:claim|reclamo)\s+(?:number|no\.?|#|numero)\s*:?\s*[A-Z0-9-]{6,})", re.I)
# a summary notice's claim line: (the service date,) who billed, then 'Claim number' with no mark between and its
# number ('11/10/2031 Example Cardiology PC Claim number 71-000...'); never 'Example Office SSA claim number: ...'
DATED_NAME_CLAIM = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?([A-Z][^:|,]{3,80}?)\s+(?-i:Claim|CLAIM|Reclamo)\s+"
                              r"(?:number|no\.?|#|numero)\s+[A-Z0-9-]{6,}", re.I)


def _named_on_its_line(ix, start: int) -> list[int]:
    """A summary notice heads each claim with its provider and date on the claim number's own line."""
    m = NAMED_BEFORE_CLAIM.match(ix.lines[start].text) or DATED_NAME_CLAIM.match(ix.lines[start].text)
    if CLAIM_THEN_PARTS.match(ix.lines[start].text):
        return [start]  # ('Claim 31-0042 - Ana B. Example - Example Clinic': who billed is a part after the number)
    return [start] if m and heading_name(m.group(1)) else []


CLAIM_THEN_PARTS = re.compile(r"^\s*(?:Claim|CLAIM)\s+(?:(?:no\.?|number|#)\s*)?[A-Z0-9][A-Z0-9-]{5,}\s+[|\u2013\u2014-]\s+"
                              r"[^|\u2013\u2014]+\s[|\u2013\u2014-]\s+[A-Z]")


PHONE_IN = re.compile(r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")


def _heading_from(ix, start: int) -> list[int]:
    """A claim line that opens with the service date ('Mar 3, 2026  Claim Number 12-345') over a line naming
    who billed it with their phone ('Lakeside Family Medicine, (555) 201-0000'): both are the claim's heading."""
    from intake.extract.dates import find_dates

    found = find_dates(ix.lines[start].text)
    if not found or found[0][1] > 1:
        return []
    out = [start]
    nxt = ix.lines[start + 1] if start + 1 < len(ix.lines) else None
    if nxt is not None and nxt.page == ix.lines[start].page and PHONE_IN.search(nxt.text) and heading_name(nxt.text):
        out.append(start + 1)
    return out


def _named_under(ix, start: int) -> list[int]:
    """'Claim 123' over 'Example Orthopaedics  Service date 03/02/2031': an EOB's claim block names who billed
    and when on the line under the claim's number; the date printed after the name makes it the heading, not a
    column header or a sentence."""
    from intake.extract.dates import find_dates

    nxt = ix.lines[start + 1] if start + 1 < len(ix.lines) else None
    if nxt is None or nxt.page != ix.lines[start].page or ":" in nxt.text[:40]:
        return []
    if ix.lines[start].text.count("(") > ix.lines[start].text.count(")"):
        return []  # ('Subject: Claim 123 - Example Hospital (Dr. Ana' over 'Reyes), 03/02/2031': one sentence run on)
    found = find_dates(nxt.text)
    if not found or found[0][1] <= 1 or re.search(r"[A-Za-z]{2}", nxt.text[found[-1][2]:]):
        return []
    return [start + 1] if heading_name(nxt.text) else []


def claim_blocks(ix, rules, starts: dict[int, str]) -> tuple[set[int] | None, set[int]]:
    """(lines of the denied claim, lines of the other claims); (None, empty) unless several claims differ.

    A claim named again further on ('About the claim we did not pay: Claim ID 123') is the same claim."""
    keys = list(dict.fromkeys(starts.values()))
    if len(keys) < 2:
        return None, set()
    order = sorted(starts)
    blocks = _blocks(ix, order)
    by_claim: dict[str, set[int]] = {}
    for a, block in zip(order, blocks):
        by_claim.setdefault(starts[a], set()).update(block)
    notes = _without_paying_notes(ix, denying_notes(ix, rules), by_claim)

    def denies(block: set[int]) -> bool:
        """Its first lines say so; a column header ('Not covered', 'Denied amount') holds no figure and says
        nothing about this claim, nor does the notes legend printed under the last claim, from its first entry
        on (an entry's second line, 'This service is over the limit and is not covered', is the legend's too)."""
        said = []
        for i in sorted(block)[:14]:
            if legend_line(ix.lines[i].text, notes):
                break
            if re.search(r"\d", ix.lines[i].text) or STATUS_LINE.match(ix.lines[i].text):
                said.append(ix.lines[i].text)
        return line_denies("\n".join(said), rules, notes)

    denied = [k for k, b in by_claim.items() if denies(b)] or \
        [k for k, b in by_claim.items() if _unpaid([ix.lines[i].text for i in sorted(b)[:14]])] or \
        _only_annotated(ix, by_claim) or _alone_refused(ix, by_claim)
    if len(denied) > 1:  # a claim whose row cites a note the legend says denies, over one a word in a line only
        cited = [k for k in denied if _cites_denying_note(ix, by_claim[k], notes)]  # seems to ('Duplicate line
        denied = cited if len(cited) == 1 else denied  # adjustment (45.00)': a line taken off a claim paid)
    for strict in (False, True):  # of claims that seem to deny (a legend in two columns runs a paying note into a
        if len(denied) > 1:  # denying one), the one that paid nothing; of two, the one whose rows are zeros
            unpaid = [k for k in denied if _unpaid([ix.lines[i].text for i in sorted(by_claim[k])[:14]], strict)]
            denied = unpaid if len(unpaid) == 1 else denied
    if len(denied) != 1:
        return None, set()
    focus = by_claim[denied[0]]
    others = set().union(*(b for k, b in by_claim.items() if k != denied[0]))
    return focus, others


def _alone_refused(ix, by_claim: dict[str, set[int]]) -> list[str]:
    """Of three claims or more whose notes say nothing in a refusal's words, the one that alone paid nothing, or
    alone has a line allowed nothing (of two, a zero may be the member's share a note explains)."""
    if len(by_claim) < 3:
        return []
    return sorted(_alone_unpaid({k: [ix.lines[i].text for i in sorted(b)[:14]] for k, b in by_claim.items()})) or \
        _alone_with_refused_row(ix, by_claim)


def _alone_with_refused_row(ix, by_claim: dict[str, set[int]]) -> list[str]:
    """The one claim of several with a dated row billed but allowed and paid nothing ('04/22/31 Bone scan 204.60 0.00
    0.00 204.60 J44'), every other claim's rows paid: the claim the paper refused a line of."""
    refused = [k for k, b in by_claim.items() if any(DATED_ROW.search(ix.lines[i].text) and
                                                      nothing_allowed(ix.lines[i].text) for i in sorted(b)[:14])]
    return refused if len(refused) == 1 else []


def _without_paying_notes(ix, notes: set[str], by_claim: dict[str, set[int]]) -> set[str]:
    """A note cited on three claims or more whose rows were nearly all paid ('... 152.40 152.40 Q1') is a paying
    note, however a legend in two columns runs another entry's refusal into its words: the refusing notes are the
    others."""
    rows = [i for b in by_claim.values() for i in sorted(b)[:14] if len(row_amounts(ix.lines[i].text)) >= 2]
    out = set(notes)
    for n in notes:
        citing = [i for i in rows if cites_note(ix.lines[i].text, n) and not legend_line(ix.lines[i].text, notes)]
        paid = [i for i in citing if row_paid(ix.lines[i].text)]
        claims_citing = sum(any(i in b for i in citing) for b in by_claim.values())
        if citing and len(paid) >= 0.8 * len(citing) and claims_citing >= 3 or \
                not citing and _paid_claims_cite(ix, n, notes, by_claim):
            out.discard(n)
    return out


def _paid_claims_cite(ix, note: str, notes: set[str], by_claim: dict[str, set[int]]) -> bool:
    """A note printed on a claim's line of its own, under the row with the amounts ('QX31 QP77 Office visit OP'),
    on three claims or more, each of them paid: a paying note too."""
    def cites(i: int) -> bool:
        return cites_note(ix.lines[i].text, note) and not legend_line(ix.lines[i].text, notes)
    citing = [b for b in by_claim.values() if any(cites(i) for i in sorted(b)[:14])]
    paid = [b for b in citing if any(len(row_amounts(ix.lines[i].text)) >= 2 for i in b) and
            all(row_paid(ix.lines[i].text) for i in b if len(row_amounts(ix.lines[i].text)) >= 2)]
    return len(citing) >= 3 and len(paid) >= 0.8 * len(citing)


DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{2}(?!\d))")  # ('0,00': OCR's comma for a decimal point)


def row_paid(text: str) -> bool:
    """A row with a charge and something allowed or paid after it."""
    text = DECIMAL_COMMA.sub(".", text)
    amounts = row_amounts(text)
    after = amounts[1:-1] or amounts[1:]  # (the last column is often what the member owes)
    return len(amounts) >= 2 and amounts[0] > 0 and not nothing_allowed(text) and any(a > 0 for a in after)


def _only_annotated(ix, by_claim: dict[str, set[int]]) -> list[str]:
    """The one claim of several whose rows cite a note the legend under them explains ('... 99285 > 99283  R53'
    over 'R53 The visit was billed as level 5 ...'), where no note's wording says denied: the others carry no
    note at all, so the paper is about that one."""
    from intake.extract.remarks import NOTE

    legend = {m.group(1) for ln in ix.lines if (m := NOTE.match(ln.text)) and re.search(r"\d", m.group(1))
              and len(ln.text.split()) >= 8}
    if not legend:
        return []
    cited = [k for k, b in by_claim.items()
             if any(cites_note(ix.lines[i].text, n) for i in sorted(b)[:14] if not legend_line(ix.lines[i].text, legend)
                    for n in legend)]
    return cited if len(cited) == 1 and len(by_claim) >= 3 else []


# a claim block's own status line ('Status  Denied - not medically necessary', 'Decision: Not affirmed'): it says
# what became of that claim, figures or not
STATUS_LINE = re.compile(r"^\s*(?:status|claim\s+status|decision|determination|result|outcome|estado|decisi[o\u00f3]n)"
                         r"\s*:?\s+(?!codes?\b|key\b)\S", re.I)  # (never the legend's heading, 'Status codes')


def _cites_denying_note(ix, block: set[int], notes: set[str]) -> bool:
    lines = [ix.lines[i].text for i in sorted(block)[:14]]
    return any(cites_note(t, n) for t in lines if not legend_line(t, notes) for n in notes)


def status_sections(ix) -> tuple[set[int] | None, set[int]]:
    """A remittance that sorts its claims under 'PAID CLAIMS' and 'DENIED CLAIMS' headings: the denied
    section's lines are the claim the paper is about, the paid sections' lines the others'."""
    from intake.extract.kv_labels import claims_section

    sections = {i: claims_section(ln.text) for i, ln in enumerate(ix.lines)}
    marks = {i: status == "denied" for i, status in sections.items() if status in ("denied", "paid")}
    denied = [i for i, d in marks.items() if d]
    if len(denied) != 1 or all(marks.values()):
        return None, (_other_claims_table(ix) if not marks else set())
    bounds = sorted(marks) + [len(ix.lines)]
    focus: set[int] = set()
    others: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        (focus if a == denied[0] else others).update(range(a, b))
    return focus, others


OTHER_CLAIMS = re.compile(r"^\W*(?:other|additional)\s+claims?\b|^\W*otras\s+reclamaciones\b", re.I)


def _other_claims_table(ix) -> set[int]:
    """'Other claims on this advice for the same recipient' over a small table: its rows are other claims, up to
    the sentence after them."""
    start = next((i for i, ln in enumerate(ix.lines) if OTHER_CLAIMS.match(ln.text)), None)
    if start is None:
        return set()
    out = {start}
    for i in range(start + 1, len(ix.lines)):
        if ix.lines[i].page != ix.lines[start].page or (len(out) > 2 and len(ix.lines[i].text.split()) >= 10):
            break
        out.add(i)
    return out


def table_claim_rows(ix) -> dict[int, str]:
    """A claims table: a 'Claim #' (or 'ICN') column header alone in its cell over rows holding different
    claims' numbers (a monthly statement, a review's claims detail list one claim per row): line position ->
    the row's claim. A 'Claim #' column opens its rows; a control-number column may stand anywhere in them."""
    from intake.extract.ids import find_ids, shape_key
    from intake.extract.kv_columns import column, is_table_header

    found: dict[int, str] = {}  # (every claims table's rows: a claims-history box above the claims in detail)
    for lab in ix.labels:
        if lab.start != 0 or lab.end != len(lab.cell.words) or not _claim_column(lab) or \
                not lab.score_for("case_numbers") or not is_table_header(ix, lab.cell.line):
            continue
        # (a control number's column, 'Claim No. (ICN)' too, may stand anywhere in the row)
        anywhere = "claim" not in lab.classes or "control" in lab.classes or _after_person_columns(ix, lab)
        rows = {}
        for cell in column(ix, lab.cell):
            got = find_ids(cell.text)  # the number opens the row (OCR may set a prefix apart as a cell, or read its
            # first letter as a bracket or a currency sign: '(4497...' for 'C4497...', '\u00a31234...' or
            # 'E\u00a31234...' for 'E1234...')
            whole = bool(got) and got[0][0] == re.sub(r"\s+", "", cell.text.strip(" ()[]|"))  # the cell holds the
            # number and nothing else (its groups spaced apart: '3100 0000 530')
            if got and (got[0][1] == 0 or cell.text[:got[0][1]] in ("(", "[", "|", "\u00a3", "\u20ac", "E")) and \
                    (anywhere or whole or _opens_row(cell)):
                rows[ix.position(cell.line)] = shape_key(got[0][0])
        rows |= _continued_table_rows(ix, lab, rows)  # (one claim under each person's header: a table still)
        if len(set(rows.values())) >= 2:
            rows |= _rows_over_page_break(ix, rows)
            found = {**_with_continuation_rows(ix, rows), **found}
    return found


FOOT_LINES = 2  # lines a page may print under a table's last row and still be the page the table runs off
HEAD_LINES = 2  # running header lines over a table's rows carried on to the next page


def _rows_over_page_break(ix, rows: dict[int, str]) -> dict[int, str]:
    """A claims table run off the foot of its page on to the next with no header printed again: the lines opening
    that page (under a running header) whose number, of the rows' printed shape, stands where the rows' numbers
    stand are its rows (the refused claim may be the one carried over)."""
    from intake.extract.ids import find_ids, shape_key

    last = max(rows)
    spots = [w for k in rows for w in ix.lines[k].words if shape_key(w.text.strip(".,;|")) == rows[k]]
    page_end = next((k for k in range(last + 1, len(ix.lines)) if ix.lines[k].page != ix.lines[last].page), None)
    if not spots or page_end is None or page_end - last - 1 > FOOT_LINES:
        return {}
    x0, shape = sorted(w.bbox[0] for w in spots)[len(spots) // 2], _printed_shape(spots[0].text)
    tolerance = 2 * max(ix.lines[last].height, 1)
    out: dict[int, str] = {}
    for k in range(page_end, min(page_end + 30, len(ix.lines))):
        ln = ix.lines[k]
        word = next((w for w in ln.words if abs(w.bbox[0] - x0) <= tolerance and
                     _printed_shape(w.text) == shape and find_ids(w.text)), None)
        if word is not None:
            out[k] = shape_key(word.text.strip(".,;|"))
        elif out or k - page_end >= HEAD_LINES or ln.page != ix.lines[page_end].page:
            break
    return out


def _printed_shape(text: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", text.strip(".,;|")))


def _claim_column(lab) -> bool:
    """'Claim #', 'ICN', or a short reference caption heading a column ('Ref#', 'Request no.': an
    administrator's statement lists each reimbursement request on its own row)."""
    return bool(lab.classes & {"claim", "control"}) or ("case" in lab.classes and len(lab.cell.words) <= 2)


def _continued_table_rows(ix, lab, rows: dict[int, str]) -> dict[int, str]:
    """A claims table run on over the next pages under its header printed again ('Claim  Provider  Date ...' at
    the top of page 2), or set out in sections under the same header printed again (a family's statement, one
    section per person): the rows there are the same table's, each opening with its claim's number."""
    from intake.extract.ids import find_ids, shape_key
    from intake.extract.kv_columns import column

    header = fold(lab.cell.line.text)
    out = {}
    for other in ix.labels:
        line = other.cell.line
        if ix.position(line) <= ix.position(lab.cell.line) or other.start != 0 or fold(line.text) != header or \
                fold(other.cell.text) != fold(lab.cell.text):
            continue
        for cell in column(ix, other.cell):
            got = find_ids(cell.text)
            if got and got[0][1] == 0 and ix.position(cell.line) not in rows:
                out[ix.position(cell.line)] = shape_key(got[0][0])
    return out


def _with_continuation_rows(ix, rows: dict[int, str]) -> dict[int, str]:
    """A claim's further service lines under its row leave the claim column empty ('| 03/02/2026 | G2067 |
    240.00'): they are the same claim's, up to the next claim's row or the first line that is no service line (a
    'Claim total' row after them is the claim's too)."""
    from intake.extract.dates import find_dates

    out = dict(rows)
    for pos, key in sorted(rows.items()):
        first = ix.lines[pos]
        number_cell = ix.cells.get(id(first), [None])[0]  # the row's first cell, its claim number
        if number_cell is None:
            continue
        for k in range(pos + 1, min(pos + 12, len(ix.lines))):
            ln = ix.lines[k]
            if k in rows or ln.page != first.page or not ln.words or ln.words[0].bbox[0] < number_cell.x1:
                break
            if not (find_dates(ln.text) and ROW_AMOUNT.search(ln.text)):
                if CLAIM_TOTAL.match(ln.text) and ROW_AMOUNT.search(ln.text):
                    out[k] = key  # the claim's own 'Claim total' row closes its lines
                break
            out[k] = key
    return out



# columns that say whose claim a row is ('Patient | Member ID | Claim # | ...' on a remittance to a provider)
PERSON_COLUMNS = frozenset({"patient", "cared", "clinical", "holder", "head", "ident", "name", "connector", "student",
                            "applicant"})


def _after_person_columns(ix, lab) -> bool:
    """The 'Claim #' column comes after the patient's name and ID columns only: each row opens with whose claim
    it is, then the claim's number, so the number need not open its row."""
    line = lab.cell.line
    before = [x for x in ix.labels if x.cell.line is line and x.start == 0 and
              x.cell.words[0].bbox[0] < lab.cell.words[0].bbox[0]]
    return bool(before) and all(x.classes <= PERSON_COLUMNS for x in before)


ROW_AMOUNT = re.compile(r"(?<![\d/.-])\$?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})(?![\d/])")


def row_amounts(text: str) -> list[float]:
    """A row's amounts in reading order ('1,234.50  0.00  12.00')."""
    return [float(a.replace(",", "") + "." + b) for a, b in ROW_AMOUNT.findall(text)]


def nothing_allowed(text: str) -> bool:
    """A service row billed but with nothing allowed and nothing paid ('27,090.00  0.00  0.00  27,090.00'):
    its amounts, a charge first, then two zeros or more."""
    amounts = row_amounts(text)
    return len(amounts) >= 3 and amounts[0] > 0 and sum(1 for a in amounts[1:] if a == 0) >= 2


def mostly_nothing(text: str) -> bool:
    """Nothing allowed and zeros in half its amount columns at least: a row that went to the deductible shows
    figures in most ('192.00 118.40 73.60 73.60 0.00 0.00 0.00 73.60'), a refused one zeros."""
    amounts = row_amounts(text)
    return nothing_allowed(text) and 2 * sum(1 for a in amounts[1:] if a == 0) >= len(amounts) - 1


def _unpaid(texts: list[str], strict: bool = False) -> bool:
    """A claim whose every row of amounts shows nothing allowed or paid (where no code or note says why); strict:
    zeros in half the row's amount columns at least (`mostly_nothing`)."""
    rows = [t for t in texts if len(ROW_AMOUNT.findall(t)) >= 3]
    test = mostly_nothing if strict else nothing_allowed
    return bool(rows) and all(test(t) for t in rows)


BARE_ZERO = re.compile(r"(?<!\S)[0O]?[.,]?[0O]{2}(?!\S)")  # a zero amount printed or read without its point


def _alone_unpaid(rows_of: dict[str, list[str]]) -> set[str]:
    """The one claim of a table whose charge drew no amount at all ('$90.00  0.00  000.', OCR having lost a
    column) where every other claim's row shows something paid or owed: the claim the table refused."""
    def nothing(text: str) -> bool:
        got = row_amounts(text)
        zeros = len(BARE_ZERO.findall(text))  # ('245.00  000  000': a fax lost the zeros' points)
        return len(got) + zeros >= 2 and bool(got) and got[0] > 0 and \
            (all(a == 0 for a in got[1:]) or all_left_to_pay(got))

    def something(text: str) -> bool:
        got = row_amounts(text)
        return len(got) >= 2 and any(a > 0 for a in got[1:])

    unpaid = {k for k, texts in rows_of.items() if any(nothing(t) for t in texts)}
    paid = {k for k, texts in rows_of.items() if k not in unpaid and any(something(t) for t in texts)}
    return unpaid if len(unpaid) == 1 and len(paid) == len(rows_of) - 1 else set()


def all_left_to_pay(amounts: list[float]) -> bool:
    """'4,380.00  0.00  4,380.00': nothing paid and the whole charge left to the patient (charged, paid, you owe)."""
    return len(amounts) >= 3 and amounts[-1] == amounts[0] > 0 and all(a == 0 for a in amounts[1:-1])


def _opens_row(cell) -> bool:
    """The claim's number opens its row, or follows only the row's date ('Mar 15, 2031  95X1234...'): a number
    cited further along the row is another paper's."""
    from intake.extract.dates import find_dates

    words = cell.line.words
    k = next((i for i, w in enumerate(words) if w is cell.words[0]), len(words))
    if k <= 1:
        return True
    before = " ".join(w.text for w in words[:k])
    found = find_dates(before)
    return len(found) == 1 and found[0][1] == 0 and found[0][2] >= len(before.rstrip()) - 1


def _named_as_denied(ix, rules, notes, rows: dict[int, str]) -> set[str]:
    """The claims of a table that a line outside it names in a denying sentence."""
    from intake.extract.ids import find_ids, shape_key

    keys = set(rows.values())
    out = set()
    for i, ln in enumerate(ix.lines):
        if i in rows or not line_denies(ln.text, rules, notes):
            continue
        out |= {shape_key(v) for v, _, _ in find_ids(ln.text)} & keys
    return out


def table_row_blocks(ix, rules, rows: dict[int, str]) -> tuple[set[int] | None, set[int]]:
    """(the denied claim's row, the other claims' rows) when exactly one claim of a claims table has a row
    that denies; (None, empty) otherwise. A row is the whole claim: what follows the table is no claim's."""
    by_row = {}
    for i, k in rows.items():
        by_row.setdefault(k, set()).add(i)
    notes = _without_paying_notes(ix, denying_notes(ix, rules), by_row)
    denied = {rows[i] for i in rows if line_denies(ix.lines[i].text, rules, notes)}
    if not denied:  # no code or note the rows cite says why: the one claim nothing was allowed or paid on
        # (zeros in most columns: a table's row that went to the deductible shows figures in most)
        denied = {k for k in set(rows.values()) if _unpaid([ix.lines[i].text for i in rows if rows[i] == k], True)}
    if not denied:  # or the one claim nothing at all came of, beside claims that were paid (a column lost)
        denied = _alone_unpaid({k: [ix.lines[i].text for i in rows if rows[i] == k] for k in set(rows.values())})
    if not denied:  # or a sentence under the table names it ('Claim 123 from Mesa Imaging ... was denied.')
        denied = _named_as_denied(ix, rules, notes, rows)
    if not denied:  # or it is the one row citing a note the legend explains, or the one row allowed nothing
        denied = set(_only_annotated(ix, by_row)) or set(_alone_refused(ix, by_row))
    if len(denied) != 1 or len(set(rows.values())) < 2:
        return None, set()
    focus = {i for i, k in rows.items() if k in denied}
    details = _detail_lines(ix, rows)
    return focus | {i for i, k in details.items() if k in denied}, \
        (set(rows) - focus) | {i for i, k in details.items() if k not in denied}


def _detail_lines(ix, rows: dict[int, str]) -> dict[int, str]:
    """Each claim's line of captions run into codes right under its last row ('Plan QX-1 Grp QG-2 Rcvd ...'):
    the claim's own, as its rows are."""
    out = {}
    for key in set(rows.values()):
        after = max(i for i, k in rows.items() if k == key) + 1
        if after < len(ix.lines) and after not in rows and CLAIM_DETAIL.match(ix.lines[after].text):
            out[after] = key
    return out


# a remittance's list of claims it has not decided yet ('Claims in process (no action needed)', 'PENDED CLAIMS'):
# other claims, none of them this paper's decision
PENDING_HEADING = re.compile(r"^\W*(?:claims\s+(?:received\s+(?:and\s+)?)?(?:still\s+)?in\s+process|"
                             r"(?:pended|pending|suspended)\s+claims|claims\s+(?:pended|pending|suspended))\b", re.I)


def pending_section_lines(ix) -> set[int]:
    """The lines of a section listing claims still in process: its heading, its column captions and its rows
    (each with a figure), up to the first line without one or the page's end."""
    out: set[int] = set()
    for k, ln in enumerate(ix.lines):
        if not PENDING_HEADING.match(ln.text):
            continue
        out.add(k)
        for j in range(k + 1, min(k + 31, len(ix.lines))):
            nxt = ix.lines[j]
            if nxt.page != ln.page or (j > k + 1 and not re.search(r"\d", nxt.text)):
                break
            out.add(j)
    return out

