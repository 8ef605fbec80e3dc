"""Remark and reason codes and their legends: which codes, legend entries and service lines say a claim is denied."""

from __future__ import annotations

import re

from intake.extract.text import fold

_CARC: dict[str, re.Pattern] = {}


def carc_regex(rules) -> re.Pattern:
    """GROUP-CODE as printed on EOBs ('CO-50', 'PR 204'), the groups from carc.yaml; an O may be read 0 or Q."""
    pat = _CARC.get(rules.digest)
    if pat is None:
        groups = "|".join(g.replace("O", "[O0Q]") for g in rules.carc.group_codes)
        # (a number with decimals after the group is an amount: '41.30 CR 180.75' is a credit then a charge)
        pat = _CARC[rules.digest] = re.compile(
            rf"(?<![A-Za-z0-9])({groups})\s?[-\u2013]?\s?(\d{{1,3}}|[A-Z]\d{{1,2}})(?![0-9]|[.,]\d)")
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


NAMED_CODE = re.compile(r"^\s*(?:CARC|RARC|reason\s+code|c[oó]digo)\s*#?:?\s*([A-Z]{0,2}\d{1,3})\b", re.I)
# ('El4': OCR's l for a 1; 'X-47': a plan's own code, its dash printed, never a group code's 'CO-45'; 'C31-4402...'
# opening a claims row is the claim's number, no note)
NOTE = re.compile(r"^\s*(?:(?:[Nn]otes?|[Nn]ota|[Rr]emark|[Cc]ode)\s+)?\(?("
                  r"(?!(?:CO|CR|OA|PI|PR)-)[A-Z][A-Z]?-\d{1,3}(?![\d-])|[A-Z][A-Z]?\d{0,3}(?!-\d)|[A-Z]{3}\d{1,2}|"
                  r"[A-Z]l\d{1,2})\)?(?=[\s:\-\u2013(])")
NOTE_WORD = re.compile(r"^\s*(?:[Nn]otes?|[Nn]ota|[Rr]emark|[Cc]ode)\s+\(?[A-Z]")  # 'Note A: ...', 'Code X61: ...'
# name their code themselves
# a group code and a reason number the plan explains itself ('CO-38: ... the claim is denied'): a code not in the
# table of reason codes is denying when its own legend says so
GROUP_LEGEND = re.compile(r"^\s*((?:CO|CR|OA|PI|PR)-?\d{1,3})\s*[:\-\u2013]\s")
OCR_E_CODE = re.compile(r"^(\s*\(?)[\u00a3\u20ac](?=\d{1,3}\b)")
NOTES_HEADING = re.compile(r"\b(?:notes?|remarks?|codes?|notas?|c[oó]digos?)\b", re.I)


def denying_notes(ix, rules) -> set[str]:
    """Note codes whose legend line says the service is denied ('Z1 (CO-197) This service needs approval',
    'A Medicare doesn't pay for this item'). A code of letters alone ('A', 'AB') counts only in a legend
    under a notes or codes heading: elsewhere 'A' is a word."""
    out = set()
    lines = legend_reading(ix)
    for k, ln in enumerate(lines):
        captioned = _captioned_code(lines, k, rules)
        if captioned:
            out.add(captioned)
            continue
        for text in legend_entries(_with_continuation(lines, k)):
            text = OCR_E_CODE.sub(r"\1E", text)  # OCR's '£40' for the note code 'E40' the service lines print
            group = GROUP_LEGEND.match(text)
            if group and _unlisted_code(group.group(1), rules) and _denies(text[group.end():], rules):
                out.add(group.group(1))
                continue
            named = NAMED_CODE.match(text)  # 'CARC 150 The information sent does not support ...'
            if named and _denies(text, rules):
                out.add(named.group(1))
                continue
            m = NOTE.match(text) or _numbered_reason(text, lines[max(0, k - 3):k + 1]) or \
                (NUMBERED_REASON.match(text) if under_numbered_notes(lines, k) else None)
            if not m or not (_denies(text[m.end():], rules) or _legend_denies(text[m.end():], rules)):
                continue
            code = m.group(1)
            if code.isalpha() and not NOTE_WORD.match(text) and \
                    not _letter_note(text[m.end():], code, lines[max(0, k - 3):k], rules) and \
                    not _code_in_rows(lines, k, code):
                continue
            out.add(code)
    return out


def legend_reading(ix) -> list:
    """The document's lines with a legend or notes set in two columns read column by column (OCR's lines run
    across both, so one code's words would be read as the next code's); worked out once per document."""
    got = ix.__dict__.get("_legend_reading")
    if got is None:
        from intake.columns import by_columns

        got = ix.__dict__["_legend_reading"] = by_columns(ix.lines, ix.doc.pages)
    return got


CODE_CAPTION = re.compile(r"^\s*(?:code|c[oó]digo|remark\s+code|reason\s+code)\s*:?\s*([A-Z]{1,2}\d{1,3}|[A-Z]{2,3})\s*$", re.I)


def _captioned_code(lines, k: int, rules) -> str | None:
    """'Code QX4' alone on a line over its explanation ('Denied - no prior authorization ...'): the code
    the next line explains, when that line denies."""
    m = CODE_CAPTION.match(lines[k].text)
    if not m or k + 1 >= len(lines) or lines[k + 1].page != lines[k].page:
        return None
    said = _paragraph_after(lines, k)  # (the explanation may say 'not covered' on its third line)
    return m.group(1) if _denies(said, rules) or _legend_denies(said, rules) else None


def _paragraph_after(lines, k: int, most: int = 3) -> str:
    """The lines after lines[k] that set one paragraph (same page, a line's gap apart, no caption of their own)."""
    out, prev = [], lines[k]
    for nxt in lines[k + 1:k + 1 + most]:
        if nxt.page != prev.page or not nxt.words or CODE_CAPTION.match(nxt.text) or (out and NOTE.match(nxt.text)):
            break
        if out and not 0 <= nxt.words[0].bbox[1] - prev.words[-1].bbox[3] < 1.2 * max(prev.height, 1):
            break
        out.append(nxt.text)
        prev = nxt
    return " ".join(out)


# a legend run on after its heading on one line ('Codes. P1 Paid at ... L7 This claim reached us ...'): its last
# entry goes on to the next line as any entry does
LEGEND_HEAD = re.compile(r"^\s*(?:codes?|notes?|remarks?|c[o\u00f3]digos?|notas?)\s*[.:]\s+\(?(?:[A-Z]{0,2}\d{1,3}|"
                         r"[A-Z]l\d{0,2})\b", re.I)  # ('Notes. Al: paid': OCR's l for the 1 of 'A1')


ENTRY_LINES = 6  # lines an entry may run on for after its first (a waiting period's or an exclusion's reason is long)


def _with_continuation(lines, k: int) -> str:
    """A legend entry OCR set over several lines ('T07 The claim was received after the' + 'filing limit. (CARC
    29)'): the next line belongs to it when it starts with no code of its own, on the same page, as close
    as a line of the same paragraph."""
    ln = lines[k]
    numbered = not (NOTE.match(ln.text) or LEGEND_HEAD.match(ln.text))
    if numbered and not (NUMBERED_REASON.match(ln.text) and under_numbered_notes(lines, k)):
        return ln.text
    text = ln.text
    for nxt in lines[k + 1:k + 1 + ENTRY_LINES]:  # (a heading under an entry is none of it)
        if numbered and not WRAPPED_ON.match(nxt.text):
            break  # (a numbered note goes on only in its sentence's lower-case words: '... and' + 'the test is ...')
        if nxt.page != ln.page or NOTE.match(nxt.text) or not nxt.words or ENTRY_START.match(nxt.text) or \
                (ln is not lines[k] and _heading_like(nxt.text)) or _new_paragraph(text, nxt.text) or \
                _short_last_line(lines, k, ln, nxt):
            break
        gap = nxt.words[0].bbox[1] - ln.words[-1].bbox[3]
        if not 0 <= gap < 1.2 * max(ln.height, 1):
            break
        text, ln = f"{text} {nxt.text}", nxt
    return text


WRAPPED_ON = re.compile(r"^\s*[a-z]")


# a paragraph opened by its own caption ('Your right to appeal: you may appeal a denied claim ...')
CAPTION_OPEN = re.compile(r"^\s*[A-Z][A-Za-z'\u2019]*(?:\s+[A-Za-z0-9'\u2019]+){0,5}:\s")  # ('Plan year 2031: ...')


def _new_paragraph(entry: str, nxt: str) -> bool:
    """After an entry's full stop, a line opening with a caption and a colon is the next paragraph: the
    appeal rights under a legend ('... allowed under emergency services.' + 'Your right to appeal: ...
    a denied claim') are no part of the last entry."""
    return entry.rstrip().endswith(".") and bool(CAPTION_OPEN.match(nxt))


def _short_last_line(lines, k: int, ln, nxt) -> bool:
    """An entry's line that ends a sentence well short of the text's right edge, under a line that runs on much
    wider, closes its paragraph, as in any typeset text: 'P10 Paid ... Deductible met.' over 'To appeal a denied
    claim, write to us within ...' is two things ('... a third test.' over 'We did not pay this test.' is one)."""
    if not ln.text.rstrip().endswith(".") or nxt.bbox[2] - nxt.bbox[0] < 1.25 * (ln.bbox[2] - ln.bbox[0]):
        return False
    near = [x for x in lines[max(0, k - 4):k + 5] if x.page == ln.page and x.words]
    left = min(x.bbox[0] for x in near)
    right = max(x.bbox[2] for x in near)
    return ln.bbox[2] < right - 0.2 * (right - left)


def _heading_like(text: str) -> bool:
    """'How to Handle Denied Claims or File an Appeal': words in title case and no sentence's end."""
    words = text.split()
    return not text.rstrip().endswith((".", ",", ";", ":")) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


# the next entry when OCR read its code as a digit ('8 This service ...' for 'B This service ...'): a
# short code and then a capitalised word; a continuation goes on in lower case
ENTRY_START = re.compile(r"^\s*[A-Z0-9]{1,2}\s+[A-Z][a-z]")


# a charge over the fee schedule or the contracted rate (CARC 45's wording): the price cut to the allowed amount,
# the line paid, nothing denied, however much the legend says 'exceeds' (or a line 'Paid in full ... may not bill you for
# the rest')
PRICE_CUT = re.compile(r"\bfee\s+schedule\b|\bmaximum\s+allowable\b|\bcontract(?:ed|ual)\b|\btarifa\b|\bpaid\s+in\s+full\b|"
                       r"\b(?:above|over|more\s+than)\s+the\s+(?:network|plan.s)\s+(?:allowance|allowed\s+amount)\b")


# the line's allowed amount left to the member under the deductible ('applied to your deductible for the year; nothing
# paid on this line'): the member's share, paid as the plan says, no refusal
TO_DEDUCTIBLE = re.compile(r"\b(?:applied|went|goes|counted|credited)\s+(?:to|toward|towards)\s+"
                           r"(?:your|the|his|her|their)?\s*(?:\d{4}\s+)?(?:[a-z-]+\s+)?deductible\b")


def _legend_denies(text: str, rules) -> bool:
    low = fold(text)
    return any(w in low for w in rules.documents.note_denial) and not PRICE_CUT.search(low) and \
        not TO_DEDUCTIBLE.search(low)  # (fold: lower case)


# a legend set as one run of text: 'QA1 Paid in network. QA5 Applied to deductible. QA9 Not covered.' (a bare reason
# code opens an entry too: '... in You owe. 29 The time limit for filing has expired.', and a group code and its
# reason: '1: paid under your contract. CO-4 M15 (claim ...): the visit ...', a number and its colon: '... for
# covered services. 197: not paid.', a number and a remark code: '... difference. 197 / QX3: an MRI needs ...',
# '... your plan. 96 N999: not a covered service', a code of capitals and its colon: 'Q1: paid under your plan.
# QZ: not paid.')
NEXT_ENTRY = re.compile(r"(?<=[.;])\s+(?=\(?(?:[A-Z]{1,2}\d{1,3}|(?:CO|PR|OA|PI|CR)-\d{1,3}|"
                        r"[A-Z]{2,3}(?=:\s|\s\((?:CARC|RARC)\b)|"
                        r"\d{1,3}(?=\s+(?:[A-Z][a-z]|\((?:CARC|RARC|[Rr]eason|[Cc]ode)\b)|:\s|"
                        r"\s*/?\s*[A-Z]{0,3}\d{1,3}\s*:))"
                        r"\)?[\s:\-\u2013])"  # ('... benefits. 288 (CARC 288, referral absent): the clinic ...')
                        r"|(?<=,)\s+(?=(?:CO|PR|OA|PI|CR)-\d{1,3}[;:]\s)")  # ('1: paid per contract, CO-4; the codes')


def legend_entries(text: str) -> list[str]:
    """A legend line cut at each code that follows a sentence's end, so one entry's words ('not covered')
    never speak for the code that opened the line."""
    return [t for t in NEXT_ENTRY.split(text) if t.strip()]


# ('1 DENIED. Before ...': a number and a capital word open an entry under a notes heading as well)
NUMBERED_REASON = re.compile(r"^\s*(\d{1,3})(?:\s*[-\u2013:]\s+(?=[A-Za-z])|\s+(?=[A-Z])|"
                             r"\s+(?=\((?:CARC|RARC|[Rr]eason|[Cc]ode)\b))")  # ('288 (CARC 288, ...): ...')


def _numbered_reason(text: str, above) -> re.Match | None:
    """'55 - Procedure is deemed experimental ...' under 'ADJUSTMENT REASON CODES': a bare reason code's legend
    (a service line ends with the number alone); anywhere else a number and a dash open a list's item."""
    m = NUMBERED_REASON.match(text)
    return m if m and any(NOTES_HEADING.search(ln.text) for ln in above) else None


NOTES_TITLE = re.compile(r"^\s*(?:(?:foot|claim\s+|remark\s+)?notes?|remarks?|notas?|footnotes?)\s*:?\s*$", re.I)
NUMBERED_LIST_REACH = 24  # lines from a notes heading to the last entry of its list


def under_numbered_notes(lines, k: int) -> bool:
    """'7 Not paid: not enrolled ...' as the seventh entry of a numbered list under a 'Notes' heading, however far
    below it: the lines between are the list's entries ('2 This test is limited ...') and their wrapped lines, no row
    of amounts. The key to the bare note numbers claim rows carry ('... 0.00 LM 2, 3')."""
    if not NUMBERED_REASON.match(lines[k].text):
        return False
    for j in range(k - 1, max(-1, k - NUMBERED_LIST_REACH), -1):
        ln = lines[j]
        if ln.page != lines[k].page or MONEY_AFTER.search(ln.text):
            return False
        if NOTES_TITLE.match(ln.text):
            return True
    return False


def _code_in_rows(lines, k: int, code: str) -> bool:
    """'RL The yearly visit limit was reached ...' under a table whose row prints 'RL' among its amounts: a
    code of two capitals the rows above cite is a note's, not a word (one letter alone never counts here)."""
    if len(code) < 2 or not code.isupper():
        return False
    rx = re.compile(rf"(?<![A-Za-z0-9]){code}(?![A-Za-z0-9])")
    return any(rx.search(ln.text) and MONEY_AFTER.search(ln.text) for ln in lines[max(0, k - 30):k])


def _letter_note(rest: str, code: str, above, rules) -> bool:
    """'A Medicare doesn't pay ...' under 'Notes for Claims Above' is note A; 'CO-50: ...' is a reason code
    (its group and number are read as such), and 'A' in running text is a word."""
    if code in rules.carc.group_codes or not re.match(r"\s*:?\s", rest):
        return False
    return any(NOTES_HEADING.search(ln.text) for ln in above)


ANSWER_NO = re.compile(r"(?<![\w.'])(\w+[^\w\n]+)?NO[ \t]+(?=\S)(.*)$", re.M)
NUMBER_WORD = re.compile(r"^(?:claim|acct|account|ref|reference|policy|member|id|control|rx|check|cheque|no)\W*$", re.I)
MONEY_AFTER = re.compile(r"\$\s?\d|\b\d{1,3}(?:,\d{3})*\.\d{2}\b")


def _answers_no(text: str) -> bool:
    """A 'Service approved?' or 'Covered?' column answering NO on a service line: NO in capitals with an
    amount after it, not the 'No' of 'Claim NO 123'."""
    for m in ANSWER_NO.finditer(text):
        before = (m.group(1) or "").strip()
        if not NUMBER_WORD.match(before) and MONEY_AFTER.search(m.group(2)):
            return True
    return bool(CODE_THEN_NO.search(text))


# a Medicare Summary Notice's service line: the billing code in brackets, then 'No' under 'Approved?' and the
# amounts ('Vaccine, one dose (91234) No $48.19 $0.00')
CODE_THEN_NO = re.compile(r"\([A-Z0-9]{4,6}\)[ \t]+No[ \t]+(?:US)?\$?\s?\d")


def line_denies(text: str, rules, notes: set[str]) -> bool:
    """One service line: a denying reason code, a NO in an approved/covered column, or a note whose legend
    denies (a code of letters alone only in the line's last column: 'Part A' names no note)."""
    return _denies(text, rules) or _answers_no(text) or any(cites_note(text, n) for n in notes)


def cites_note(text: str, code: str) -> bool:
    if code.isdigit():  # a bare reason code ('45 150 N130', note marks '2, 3') only among the codes that end the
        # line, never an amount
        return bool(re.search(rf"(?m)(?<![\w,.$/-]){code}(?=(?:,?[ \t]+[A-Z]{{0,2}}\d{{1,3}})*[ \t]*$)", text))
    if code.isalpha() and len(code) >= 2:  # two capitals stand in their own column, amounts may follow ('RL 372.50')
        ends_or_amount = r"(?=(?:[ \t,]+[A-Z]{1,2}\d{0,3})*[ \t]*$|[ \t]+\$?\d[\d,]*\.\d\d)"
        return bool(re.search(rf"(?m)(?<![A-Za-z0-9]){code}" + ends_or_amount, text))
    if code.isalpha():
        return bool(re.search(rf"(?m)(?<![A-Za-z0-9]){code}(?=(?:[ \t,]+[A-Z]{{1,2}}\d{{0,3}})*[ \t]*$)", text))
    if re.search(rf"(?<![A-Za-z0-9]){code}(?![A-Za-z0-9])", text):
        return True
    # OCR's small x ('x61') only among the codes that end the line: a count in a description ('Exercise x2') is none
    return bool(re.search(rf"(?mi)(?<![A-Za-z0-9]){code}(?=(?:[ \t,]+[A-Z]{{0,2}}\d{{0,3}})*[ \t]*$)", text))


def _unlisted_code(code: str, rules) -> bool:
    """'CO-38' whose number neither the reason-code table nor its list of adjustments that deny nothing holds."""
    number = re.sub(r"\D", "", code)
    listed = {c for cs in rules.carc.codes.values() for c in cs} | set(rules.carc.not_denials)
    return number not in listed


def legend_line(text: str, notes: set[str]) -> bool:
    """'N7 We did not pay for this service because ...' printed under the last claim: the legend saying what
    a code means, which denies nothing by itself (a service line citing N7 does)."""
    group = GROUP_LEGEND.match(text)
    if group and group.group(1) in notes:
        return True
    m = NOTE.match(text) or NUMBERED_REASON.match(text)  # (a numbered note's entry, '2 This test is limited ...')
    return bool(m) and m.group(1) in notes and not MONEY_AFTER.search(text[m.end():])
