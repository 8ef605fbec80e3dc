"""Identifiers (plan ID, group number, member ID, case numbers): candidates from labels, table columns and
sentences, each scored by its label, its shape and where it stands, and the best of them chosen per field."""

from __future__ import annotations

import logging
import re

from intake.extract import ids
from intake.extract.bare_numbers import bare_member_numbers
from intake.extract.candidates import Candidate, ranked
from intake.extract.context import Context
from intake.extract.kv_types import caption_parts
from intake.extract.lexicon import CONNECTOR
from intake.extract.person_sections import (control_led_member_id, header_member_id, refused_row_member_id,
                                            section_member_id)
from intake.extract.text import fold
from intake.model import FieldValue


log = logging.getLogger(__name__)
ID_FIELDS = ("member_id", "group_number", "plan_id")
BARE_ID = frozenset({"ident", "head", "connector"})
# on a provider's own paper 'Patient ID' / 'Patient identification number' is the provider's number for the patient
# (where 'Member ID' on the same paper is the plan's)
PATIENTS_NUMBER = re.compile(r"^(?:patient|paciente)s?\W*(?:(?:id|identification|identificacion|number|numero|no|n|del|de|#)\W*)+$"
                             r"|^(?:numero|no|n)\W*(?:de\s+)?(?:identificacion\s+)?del\s+paciente$")


# a bill's row naming the patient's insurance ('Insurance: Example Health Plan, ID X', 'Primary payer Example
# Advantage member X'): the ID printed after the plan's name is the plan's number for the patient
INSURANCE_ROW = re.compile(r"^\W*(?:primary\s+|secondary\s+)?(?:insurance|ins\.|insurer|payer|payor|carrier|coverage|"
                           r"seguro|aseguradora)(?:\b|(?<=\.))", re.I)


def _insurance_row(pair) -> bool:
    """Whether the words before the label on its line open with an insurance row's own label."""
    first, words = pair.label.cell.words[pair.label.start], pair.label.cell.line.words
    k = next((i for i, w in enumerate(words) if w is first), 0)
    return bool(INSURANCE_ROW.match(" ".join(w.text for w in words[:k])))


def _under_insurance_row(ctx: Context, pair) -> bool:
    """'Primary ins.: Example Health' over 'ID: W123' on a bill: the plan's ID, its label opening the next line."""
    line = pair.label.cell.line
    if pair.label.cell.words[pair.label.start] is not line.words[0]:
        return False
    pos = ctx.ix.position(line)
    above = ctx.ix.lines[pos - 1] if pos > 0 else None
    return above is not None and above.page == line.page and bool(INSURANCE_ROW.match(above.text))


def _medicare_number(pair) -> bool:
    """The value is a Medicare Beneficiary Identifier in its own format (as read, look-alikes mended)."""
    return any(ids.KNOWN_FORMATS[1].fullmatch(f[0]) for f in ids.find_ids(pair.value.text))


def _patients_number(pair) -> bool:
    return bool(PATIENTS_NUMBER.match(fold(pair.label.text).lower().strip(" :")))


SPLIT_MIN_SCORE = 0.75  # only a member ID under a clear label may start a new document in a stack


PLAN_CODE_SHAPE = 0.9  # a plan's code in capitals and dashed parts ('QR-1', 'QXP-A'): short as plan codes are


def _id_shape(value: str) -> float:
    """Identifiers are 6-20 characters; shorter ones are often something else (a code, a count)."""
    core = value.replace("-", "").replace(" ", "")
    if 6 <= len(core) <= 20:
        return 1.0
    return 0.7 if len(core) >= 4 else 0.3


def _next_to_label(text: str, start: int) -> bool:
    """In running text the label is at most one word from its number: 'claim (reference 12-345678)', not
    'claim for proton beam radiation therapy (CPT 77523)'."""
    from intake.extract.kv_prose import FILLERS
    from intake.extract.text import fold

    before = ORG_CLAUSE.sub("", re.sub(r"\s+", " ", text.strip())[:start]).split()
    return sum(fold(w).strip("(),:;") not in FILLERS | {""} for w in before) <= 1


# 'Your member number with Example Senior Advantage (HMO) is W123': whose number it is, named between label and value
ORG_CLAUSE = re.compile(r"^\s*(?:with|at|under|con|en)\s+(?:[A-Z][\w&'.-]*|\([A-Z]{2,5}\))"
                        r"(?:\s+(?:[A-Z][\w&'.-]*|\([A-Z]{2,5}\)|of|the|de|del|la))*")


WHOLE_CELL_HOW = ("next cell", "below", "column", "above", "left")
# a code of letter groups ending in a short number ('ABCD-27', 'XY-PPO-60'): too few digits for an ID in running
# text, an identifier when a strong label holds it and nothing else
CODED = re.compile(r"[A-Z]{2,6}(?:-[A-Z0-9]{1,6})*-\d{2,6}")


def _coded_id(pair, name: str) -> list:
    text = pair.value.text.strip(" .;,")
    if name == "case_numbers" or pair.how == "sentence" or pair.label.score_for(name).score < 0.9:
        return []
    return [(text, 0, len(text))] if CODED.fullmatch(text) else []


# a number in dashed parts of capitals and figures ('QA31-ZK7PWM', '555-0147-22'): fewer figures than an ID's usual
# share, or a phone's shape, yet a member's number where a strong member caption stands right before it
DASHED_PARTS = re.compile(r"(?=(?:[^0-9]*\d){2})[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){1,3}")
STRONG_HOW = frozenset({"next cell", "inline", "below", "column"})


def _strong_caption_id(pair, name: str) -> list:
    """The value's first word after 'Member ID:', 'Certificate no.' (a caption that names the member's number
    and nothing else) when it is dashed parts of capitals and figures that the ID finder reads as too few figures
    or as a phone number; no mask ('XXX-XX-1234') and no date."""
    if name != "member_id" or pair.how not in STRONG_HOW or pair.label.score_for(name).score < 0.95 or \
            not pair.value.words:
        return []
    tok = pair.value.words[0].text.strip(".,;")
    if not DASHED_PARTS.fullmatch(tok) or MASK.search(tok) or ids.DATE_LIKE.match(tok) or ids._is_date(tok):
        return []
    start = pair.value.text.find(tok)
    return [(tok, start, start + len(tok))] if start >= 0 else []


SENTENCE_BREAK = re.compile(r"[.;]\s+[A-Z]")


def _one_sentence(text: str, found: list) -> list:
    """'claim 123. Component codes 59412 and 59414 ...': a label's inline numbers end where its sentence
    does; what the next sentence lists is said of something else."""
    first = text.find(found[0][0]) if found else -1
    if len(found) < 2 or first < 0:
        return found
    m = SENTENCE_BREAK.search(text, first + len(found[0][0]))
    return found if not m else [f for f in found if 0 <= text.find(f[0]) < m.start()]


def _whole_cell_id(pair, short: int) -> list:
    """A value cell holding only two or three fragments of letters, digits and dashes is one ID that OCR
    broke ('12K 3456789', '2026123AB 4567'), or four short groups a card prints it in ('QX 310 A47 B'): a cell
    beside its label holds one value."""
    words = [w.text for w in pair.value.words]
    grouped = all(re.fullmatch(r"[A-Z0-9]{1,4}", w) for w in words)  # ('QZ 718 K52 W'; never '118 N 4th Ave')
    if pair.how not in WHOLE_CELL_HOW or not 2 <= len(words) <= (4 if grouped else 3):
        return []
    if not all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-]*", w) for w in words):
        return []
    if not any(c.isalpha() for c in "".join(words)) or len("".join(words)) > 20:
        return []  # all-digit groups are joined by find_ids itself, and short groups may be two values
    if ids.ADDRESS_START.match(" ".join(words)):
        return []  # 'PO Box 100' under a letterhead's 'Claim Review' line: an address, no ID
    if re.fullmatch(r"[A-Z][a-z]{2,}", words[0]):
        return []  # ('Payee ID 6402913', a caption and its value in the cell under another caption: no one ID)
    return ids.find_ids("".join(words), short, ids.printed_exactly(pair.value.words))[:1]


# a product's tier after its name ('Select PPO 2500', 'SelectPPO2500'); one character class before the tier, so
# a long run of letters never backtracks more than once per letter
TIER = r"(?:PPO|HMO|EPO|POS|HDHP|PFFS|HSA|DHMO|CDHP)[\s-]?\d{3,5}"
PLAN_TIER = re.compile(rf"^[A-Za-z ]*?{TIER}$", re.I)
MASK = re.compile(r"[*\u2022\u25cf]{2,}|X{3,}|x{3,}")


def _masked_or_named(pair, found: tuple, name: str) -> bool:
    """Not an identifier: the visible end of a masked one ('******1234', 'XXX-XX-1234'), or the tier of a
    plan's name ('Silver Select PPO 2000', 'Value HMO 4500': a product and its deductible, not a plan ID)."""
    value = found[0]
    text = pair.value.text
    if (name == "case_numbers" and MASK.search(value)) or (MASK.search(text) and len(re.sub(r"\W", "", value)) <= 6):
        return True  # (a case is never numbered with a mask: 'XXX-XX-3141' is a Social Security number's shown end)
    if name in ("plan_id", "group_number", "member_id") and PLAN_TIER.match(value) and \
            not (name == "plan_id" and _coded_tier(pair.value.text, value)):
        return True
    at = text.find(value[-3:]) if len(value) >= 3 else -1
    words_before = re.findall(r"[A-Za-z]{3,}", text[:max(at, 0)])
    return name == "plan_id" and len(words_before) >= 2 and pair.label.score_for(name).score < 0.9 and \
        bool(re.fullmatch(r"\d{2,5}", value))  # 'Basic Care (HMO) H1234-001' does end in its ID


# a Medicare plan's contract and plan benefit package ('H1234', 'H1234-001', 'S5678-004', 'R9012')
MEDICARE_CONTRACT = re.compile(r"[HRSE]\d{4}(?:[-\s]?\d{3})?")


def _contract_word_only(pair) -> bool:
    """'Contract:' or 'Contrato:' with no plan word beside it ('Contract - QX51128830'): a subscriber's contract number on
    many cards when it is as long as a member's number; a Medicare plan's contract ('H1234-001') or a short code
    is the plan's."""
    words = {fold(w.text).strip(".:#-").lower() for w in pair.label.cell.words[pair.label.start:pair.label.end]}
    return bool(words & {"contract", "contrato"}) and \
        not words & {"plan", "pbp", "package", "product", "program", "plans", "programa"}


def _coded_tier(text: str, value: str) -> bool:
    """'Plan: PPO-731', 'Plan: XYZ PPO 3150': a tier printed as a code (nothing before it, or a carrier's
    capitals) is the plan's ID; a product's words before it ('Silver Select PPO 2000') make it a name."""
    at = re.search(rf"{TIER}\b", text, re.I)
    if at is None:
        return False
    words = text[:at.start()].split()
    glued = text[:at.start()][-1:].isalpha()  # ('QPPO-650': a letter glued to the tier is the code's own)
    code = re.sub(r"[\s-]", "", " ".join(words) + at.group(0)).upper()
    lead = r"[A-Z]{1,5}" if glued else r"[A-Z]{2,5}-?"
    return len(words) <= 1 and all(re.fullmatch(lead, w) for w in words) and \
        re.sub(r"[\s-]", "", value).upper() == code  # (the whole code read, not its tier alone)


DECOY_CLASSES = frozenset({"form", "npi", "contact", "account", "rx", "codes"})
MEMBER_CLASSES = frozenset({"patient", "holder", "ident", "group", "plan", "card"})
HCPCS = re.compile(r"[A-Z]\d{4}")
STREET_LINE = re.compile(r"\d{1,6}\s+(?:[A-Z][a-z]+\.?\s+){1,4}[A-Z][a-z]+\.?|"  # (a mailing label in capitals too:
                         r"\d{1,6}\s+(?:[A-Z]+\.?\s+){1,3}(?:ST|AVE|RD|DR|LN|CT|BLVD|WAY|PL|ROW|TER|CIR|PKWY|HWY|TRL|"  # '42 EXAMPLE DR')
                         r"STREET|AVENUE|ROAD|DRIVE|LANE|COURT|BOULEVARD|PLACE|TERRACE|CIRCLE|TRAIL|LOOP|PIKE)\.?")


PAPER_CLASSES = frozenset({"notice", "claim", "case"})  # 'EOB 1234', 'claim 1234': that paper's number


def _named_otherwise(ctx: Context, text: str, start: int, name: str = "") -> bool:
    """In running text the word just before a number names it: 'evidence (VA Form 20-0000)', 'NPI 1234567890'
    are a form's and a provider's numbers even when the sentence began with a claim or a review; and in a row
    'Claim X | Member ID Y' the member's, not a second claim number ('our medical policy MP-1.23' and 'policy
    number X' name a policy's, no case's)."""
    before = re.sub(r"\s+", " ", text)[:start].split()[-3:]
    for word in reversed(before):
        classes = ctx.lex.word_classes(word.strip("(),:;")) or frozenset()
        if classes and classes <= {"head", CONNECTOR}:
            continue  # 'No.', '#', 'number' say nothing of whose number it is
        others = MEMBER_CLASSES | {"policy"} if name == "case_numbers" else \
            PAPER_CLASSES if name in ("plan_id", "group_number", "member_id") else frozenset()
        return bool(classes & (DECOY_CLASSES | others))
    return False


def _own_id_word(ctx: Context, text: str, start: int) -> bool:
    """'Plan: Example Rx Solutions / ID AB1234', 'Insurance card on file: Example Health Plan ID AB1234': after
    the plan's name an 'ID' of its own names the number (the member's, as a card prints it), not the plan or
    file label the line opened with."""
    before = re.sub(r"\s+", " ", text)[:start].split()
    words = [w for w in before if w.strip("/:#") and not (ctx.lex.word_classes(w.strip(":#")) or set()) <= {"head"}]
    return len(before) >= 2 and bool(words) and "ident" in (ctx.lex.word_classes(words[-1].strip(":#")) or set())


OWN_CLASSES = {"plan_id": {"plan"}, "group_number": {"group"}, "member_id": MEMBER_CLASSES,
               "case_numbers": {"claim", "case", "ref", "notice"}}


def _word_prefix_names_other(ctx: Context, text: str, start: int, name: str) -> bool:
    """'... Health Plan of Kansas - EOB 1234567890': a label word read as the ID's own prefix names what the
    number is (the statement's number), not the field asked for."""
    m = re.match(r"([A-Za-z]{2,})\s+\d", text[start:])
    classes = ctx.lex.word_classes(m.group(1)) if m else None
    return bool(classes) and not classes & (OWN_CLASSES.get(name, set()) | {"head"})


def _label_ends_in_paper(ctx: Context, pair, name: str) -> bool:
    if name not in ("plan_id", "group_number", "member_id"):
        return False
    words = pair.label.cell.words[pair.label.start:pair.label.end]
    if len(caption_parts(words)) >= 2:
        return False  # 'Contract - Claim': the last word names the next part's number, not this one's paper
    last = words[-1].text.strip("(),:;#")
    classes = ctx.lex.word_classes(last) or frozenset()
    return bool(classes & PAPER_CLASSES) and not classes & OWN_CLASSES[name]


EARLIER_WORDS = frozenset({"earlier", "previous", "older", "anterior", "previo", "previa"})  # ('prior authorization',
# 'the original request' name this case's own steps)


def _earlier_claim(pair) -> bool:
    """'your earlier claim 31-...', 'su reclamo anterior 31-...': a sentence naming a claim before this one; its
    number is that claim's."""
    if pair.how not in ("sentence", "inline") or "claim" not in pair.label.classes:
        return False
    lab, words = pair.label, pair.label.cell.words
    at = next((k for k in range(lab.start, lab.end) if fold(words[k].text).strip(",.;:(").startswith(CLAIM_WORDS)),
              None)
    before = fold(words[at - 1].text).strip(",.;:(") if at else ""
    after = fold(pair.value.words[0].text).strip(",.;:(") if pair.value.words else ""
    # (the earlier word right before its claim word: 'our earlier decision on claim 31-...' is this claim's; a
    # visit paid already, said before the claim word: 'Ya pagamos esa visita con el reclamo 31-...')
    paid_first = PAID_BEFORE.search(fold(" ".join(w.text for w in words[:lab.start])))
    rest = pair.value.line.words[pair.value.start_in_line or 0:]  # ('It replaces claim 31-..., which we processed
    paid_after = PAID_AFTER.search(fold(" ".join(w.text for w in rest)))  # and paid': the value's line from it on)
    return before in EARLIER_WORDS or after in EARLIER_WORDS or bool(paid_first) or bool(paid_after)


CLAIM_WORDS = ("claim", "reclamo", "reclamacion")
# a visit paid already, on the claim the sentence goes on to name: a claim before this one
PAID_BEFORE = re.compile(r"\b(?:already\s+paid|ya\s+(?:le\s+|se\s+)?pag\w+)\b[^.;]{0,60}$")
# or said right after its number: 'claim 31-..., which we processed and paid on ...', '..., que ya pagamos'
PAID_AFTER = re.compile(r"^[^,.;]{1,24},?\s+(?:which|that|que)\s+(?:we\s+)?(?:already\s+|ya\s+)?(?:processed\s+and\s+)?"
                        r"(?:paid|pagamos)\b")


def _after_form_word(ctx: Context, pair) -> bool:
    """The word just before the label on its line (in the cell before, where a gap split them) names a form."""
    words = pair.label.cell.line.words
    first = pair.label.cell.words[pair.label.start]
    at = next((i for i, w in enumerate(words) if w is first), 0)
    if at == 0:  # ('... Assistance Program. OMB' / 'Approval 0938-0000': the word ended the line above)
        pos = ctx.ix.position(pair.label.cell.line)
        above = ctx.ix.lines[pos - 1] if pos > 0 else None
        if above is None or above.page != pair.label.cell.line.page or not above.words:
            return False
        before = above.words[-1]
        if before.text.endswith((".", ";", ":", ",")):
            return False  # ('... in our earlier letter.' ends a sentence over a table's 'Claim #')
    else:
        before = words[at - 1]
        if pair.how in GRID_HOWS and not any(w is before for w in pair.label.cell.words):
            return False  # a caption row ('DATE OF THIS LETTER | REQUEST NO.'): the cell before is a caption of its own
    return "form" in (ctx.lex.word_classes(before.text.strip("(),.:;")) or frozenset())


GRID_HOWS = ("above", "below", "column")  # a value found by where it stands under or over its caption


def id_candidates(ctx: Context, name: str) -> list[Candidate]:
    """Every ID-shaped value under a label naming the field (computed once per document and field: the
    case numbers are asked for twice, by choose_ids and by case_numbers)."""
    memo = ctx.__dict__.setdefault("_id_candidates", {})
    if name not in memo:
        found = _id_candidates(ctx, name) + (_insurance_on_file(ctx) + _re_line_number(ctx) + bare_member_numbers(ctx)
                                             if name == "member_id" else []) + \
            (_prose_case_numbers(ctx) + _focus_control_number(ctx) if name == "case_numbers" else []) + \
            (_section_ids(ctx) if name == "member_id" else [])
        sent = {(ln.page, ln.text) for ln in ctx.ix.lines if id(ln) in ctx.sent_lines}
        memo[name] = [c for c in found if not OTHER_PAYER_LINE.match(c.text or "") and
                      not any(p == c.page and c.text and c.text in t for p, t in sent)]
        # (the fax machine's line over a page: its numbers are the machines', whatever caption OCR found on it)
    return list(memo[name])


# a line about another payer's coverage of the member ('Other coverage on file: Example Mutual, member no. QX123',
# 'Other payer: Example Casualty Co., claim QC-31-118'): its numbers are that payer's, none of this plan's
OTHER_PAYER_LINE = re.compile(r"^\W*other\s+(?:payers?|coverage|insurance|insurers?|carriers?|health\s+(?:coverage|"
                              r"insurance|plan))\b(?!\s*(?:on\s+file\s*)?:?\s*(?:none|no\b|n/a))", re.I)  # ('Other
# coverage: none  Member ID: QX123': no other payer, the line's number is the plan's)


def _section_ids(ctx: Context) -> list[Candidate]:
    """The number beside the person heading the refused claim's section of a family statement, if any."""
    got = section_member_id(ctx) or header_member_id(ctx) or refused_row_member_id(ctx) or control_led_member_id(ctx)
    return [got] if got else []


# a provider's record of the patient's plan and number ('Insurance on file: Example Health Plan EHP31000123',
# 'Insurance  Example Health Plan - EHP31000123'): the words are a statement's or a pharmacy printout's; the lexicon
# leaves 'insurance' a filler word, since it opens many other labels ('Insurance group no.', 'Insurance claim #')
INSURANCE_LINE = re.compile(r"^\W*(?:(?:primary|secondary)\s+)?(?:insurance|insurer)(?:\s+on\s+file)?\s*:?\s+"
                            r"(?P<rest>[A-Z].*)$", re.I)


# the same line's caption printed after an address on one line ('Example City ZZ 00000   Insurance on file: ...'):
# its colon says it is one
INSURANCE_MID = re.compile(r"\s(?:(?:primary|secondary)\s+)?(?:insurance|insurer)(?:\s+on\s+file)?\s*:\s+"
                           r"(?P<rest>[A-Z].*)$", re.I)


INSURANCE_LINE_WEIGHT = 0.8  # a label's weight: the plan's name before the number says whose number it is
NO_CLASS = frozenset({CONNECTOR})  # a filler word ('the'), as the lexicon names it
MEMBER_WORD_BEFORE = re.compile(r",?\s+(?:member|miembro|id|no\.?|#)\s*:?\s+(?=\S*\d)", re.I)
OTHER_NUMBER_WORD = re.compile(r"\b(?:group|grp|grupo|claim|policy\s+holder|phone|tel|fax|npi)\b", re.I)


def _insurance_on_file(ctx: Context) -> list[Candidate]:
    """The member's number printed after the plan's name on a provider's insurance line (the first number there,
    before any 'Group' or 'Claim' word names another); never when a label word follows 'Insurance' ('Insurance
    claim #', 'Insurance paid')."""
    out = []
    for line in ctx.ix.lines:
        m = INSURANCE_LINE.match(line.text) or INSURANCE_MID.search(line.text)
        if m is None or ctx.lex.word_classes(m.group("rest").split()[0].strip(":")) not in (None, NO_CLASS):
            continue
        rest = MEMBER_WORD_BEFORE.sub(" ; ", OTHER_NUMBER_WORD.split(m.group("rest"), maxsplit=1)[0])
        found = ids.find_ids(rest)  # ('Example Health Plan, member QX31000123': the member's word before it)
        if found:
            value = found[0][0]
            prefix = re.match(r"[A-Za-z]+(?=\d)", value)
            if prefix and ctx.lex.word_classes(prefix.group(0)):
                value = value[prefix.end():]  # ('... - DBN 03100000017': the number's own label glued to it)
            out.append(ctx.from_line(line, "member_id", value, "layout: the number after the plan on an"
                                     " 'Insurance' line", "next cell", {"label": INSURANCE_LINE_WEIGHT}))
    return out


def _re_line_number(ctx: Context) -> list[Candidate]:
    """The bare number after the member's name on a 'Re:' line ('Re: Ana B. Reyes / QX1234567 / claim 31-88'): the
    member's own, as a provider's letter or an advocate's cites it; weighed below a labelled member ID."""
    from intake.extract.fields_names import ABOUT_MEMBER

    out = []
    for line in ctx.ix.lines[:40]:
        for m in ABOUT_MEMBER.finditer(line.text):
            if not m.group("number"):
                continue
            found = ids.find_ids(m.group("number"))
            if len(found) == 1 and found[0][2] - found[0][1] >= len(m.group("number").strip()) - 1:
                out.append(ctx.from_line(line, "member_id", found[0][0], "layout: the number after the member's "
                                         "name on a 'Re:' line", "next cell", {"label": RE_LINE_WEIGHT}))
    return out


RE_LINE_WEIGHT = 0.7  # no label names it: a labelled member ID elsewhere wins


def _prefix_in_label(pair, value: str) -> bool:
    """'RxGRP: RX1234': a prefix the label itself prints is the field's own, not another number's kind."""
    m = re.match(r"[A-Za-z]{2,5}", value)
    return bool(m) and m.group(0).lower() in pair.label.text.lower()


ZIP_START = re.compile(r"\d{5}(?:-\d{4})?\b")


def _idaho_zip(pair) -> bool:
    """A town's line 'Boise, ID 83707': the state's two letters after the town's comma, then the ZIP code."""
    words, start = pair.label.cell.words, pair.label.start
    return pair.label.text.strip(" :") == "ID" and start > 0 and words[start - 1].text.endswith(",") and \
        bool(ZIP_START.match(pair.value.text.strip()))


def _pharmacy_request(pair, value: str, name: str) -> bool:
    """'Original request: RX90000001', 'Original review: RX-30000001': under a request's or a review's label an
    'RX' prefix marks a drug benefit's request number, no prescription's ('Rx # 4471' stands apart)."""
    if name != "case_numbers":
        return False
    if pair.label.classes & {"request", "review"}:
        return bool(re.match(r"RX-?\d{6,}$", value))
    # ('Pharmacy claim RX31-0000417': a drug claim's number, longer than a prescription's, or dashed after a year)
    return "claim" in pair.label.classes and bool(re.match(r"RX(?:-?\d{9,}|\d{2}-\d{5,})$", value))


# a plan's code of capitals only, in two dashed parts ('QSW-A', 'QX-LC'): a plan's where a plan's caption names it
LETTER_PLAN_CODE = re.compile(r"[A-Z]{2,6}-[A-Z]{1,3}\d?")  # ('QX-LC', 'QC-A1': a tier's letter and its figure)


def _letter_plan_code(pair, name: str) -> list:
    """'Plan' over or beside one word of capitals in two dashed parts and no figure: the plan's code, which the ID
    finder, wanting a figure, passes over."""
    if name != "plan_id":
        return []
    words = pair.value.words
    noted = len(words) > 1 and words[1].text.startswith("(")  # ('QXP-A (full benefits)': a note on the plan)
    placed = pair.how in ("above", "below", "next cell", "column", "left") or _cell_of_its_own(pair)
    if not _cut_by_next_label(pair) and not ((len(words) == 1 or noted) and placed):
        return []  # (a word the next caption closes in a running line is bounded and placed at once)
    word = pair.value.words[0].text.strip(".,;")
    return [(word, 0, len(word))] if LETTER_PLAN_CODE.fullmatch(word) else []


def _cut_by_next_label(pair) -> bool:
    """'Client QX1234 Plan QX-LC Referral QR-31-7716': the caption's one word, then the next caption's word (a
    capitalised word of letters) right after it."""
    cell, words = pair.label.cell, pair.value.words
    if pair.how != "inline" or not words:
        return False
    at = next((k for k, w in enumerate(cell.words) if w is words[0]), None)
    if at is None or at + 1 >= len(cell.words):
        return False
    nxt = cell.words[at + 1].text.rstrip(".:")
    return bool(CAPTION_WORD.fullmatch(nxt))


CAPTION_WORD = re.compile(r"[A-Z][A-Za-z]*(?:'[A-Za-z]+)?")  # ('Referral', "Rec'd": an abbreviated caption word too)


def _cell_of_its_own(pair) -> bool:
    """'Plan QX-LC' as a cell of its own (a running footer's facts set apart by dots or wide gaps): the caption opens
    the cell and its one word closes it."""
    cell = pair.label.cell
    return pair.how == "inline" and pair.label.start == 0 and len(cell.words) == pair.label.end + 1 and \
        cell.words[-1] is pair.value.words[0]


def _plan_code_cell(pair, name: str) -> bool:
    """'Plan: XYZ-HMO-12', 'Group: ABCDEF-12': a plain label (a plan may be named by its name) over one word in
    a code's capitals and dashed parts is the plan's or the group's code."""
    word = pair.value.words[0].text.strip(".,;")
    return name in ("plan_id", "group_number") and bool(ids.PLAN_CODE.fullmatch(word))


def _prose_case_numbers(ctx: Context) -> list[Candidate]:
    """A case's number a sentence names with no label word before it ('we are handling it under 31572-8044',
    'Tramitamos la cuenta con el numero 3108-4471'): rules/fields.yaml's prose patterns, the number as printed."""
    def first_id(text: str) -> str | None:
        found = ids.find_ids(text)
        return found[0][0] if found else None

    return ctx.prose_candidates("case_numbers", first_id)


def _focus_control_number(ctx: Context) -> list[Candidate]:
    """The refused claim's control number inside its header line ('EXAMPLE, ANA  ID 7021...  ICN 3150...'), where
    the label reader saw one cell: the number that opened the claim's block."""
    from intake.extract.claims import INLINE_CONTROL, NUMBER_HEADED, PERSON_NUMBERS, PERSON_ROW, PERSON_THEN_NUMBER

    if not ctx.focus or min(ctx.focus) not in ctx.claim_starts:
        return []
    line = ctx.ix.lines[min(ctx.focus)]
    key = ctx.claim_starts[min(ctx.focus)]
    for m in INLINE_CONTROL.finditer(line.text):
        found = ids.find_ids(m.group(2))
        if found and ids.shape_key(found[0][0]) == key:
            return [ctx.from_line(line, "case_numbers", found[0][0], "layout: the refused claim's control number",
                                  "inline", {"label": 0.8})]
    m = PERSON_NUMBERS.match(line.text) or PERSON_ROW.match(line.text)  # ('EXAMPLE, ANA T  8624800801
    # 6074321511143': the claim's own number, its line ending there or going on with the first service row)
    for token in (m.group(1).split() if m else []):
        if ids.shape_key(token) == key:
            return [ctx.from_line(line, "case_numbers", token, "layout: the refused claim's number in its header",
                                  "inline", {"label": 0.8})]
    m = NUMBER_HEADED.match(line.text) or PERSON_THEN_NUMBER.match(line.text)  # ('QX2031-00412 Example
    # Orthopaedics', 'EXAMPLE, ANA T  QX2031-00412 Example Medical Group': the number opening its heading)
    if m and ids.shape_key(m.group(1)) == key:
        return [ctx.from_line(line, "case_numbers", m.group(1), "layout: the number opening the refused claim's "
                              "heading", "inline", {"label": 0.8})]
    word = next((w.text.strip(".,;|") for w in line.words if ids.shape_key(w.text.strip(".,;|")) == key), None)
    if word is not None and ctx.claim_starts_are_rows:  # (a claims table's refused row, its column caption on an
        # earlier page: the number the row was known by)
        return [ctx.from_line(line, "case_numbers", word, "layout: the refused row's claim number", "inline",
                              {"label": 0.8})]
    return []


def _id_candidates(ctx: Context, name: str) -> list[Candidate]:
    out: list[Candidate] = []
    programs: list[str] = []
    for pair in ctx.pairs_for(name):
        if name == "member_id" and ctx.provider_paper and (pair.label.classes <= BARE_ID or _patients_number(pair)) \
                and not _insurance_row(pair) and not _under_insurance_row(ctx, pair) and not _medicare_number(pair):
            continue  # an ABN's or a bill's bare 'Identification number' is the provider's, not the plan's (a
            # Medicare number in its own format is Medicare's, whoever printed it)
        if name == "member_id" and "chart" in pair.label.classes and ctx.provider_paper:
            continue  # a provider's own notice or bill: its chart number is the provider's record, no plan's
        if name == "member_id" and "policy" in pair.label.classes and ctx.employer_policy:
            continue  # a workers' compensation 'Policy number' is the employer's
        if pair.how in ("column", "below", "next cell") and (ids.CITY_LINE.match(pair.value.text) or
                                                             STATE_ZIP.fullmatch(pair.value.text.strip())):
            continue  # 'Springfield, IL 62701' under a letterhead's words: a town, its state and ZIP
        if _idaho_zip(pair):
            continue  # 'Boise, ID 83707-0871': Idaho's code and its ZIP, no label and no member's number
        if ids.PO_BOX.match(pair.value.text.strip()) or id(pair.value.line) in ctx.sent_lines or \
                id(pair.value.line) in ctx.form_lines:
            continue  # 'Claims: PO Box 80512, Town, ST 12345': where to write, no number of the case
        short = 3 if name in ("plan_id", "group_number") and pair.how != "sentence" and \
            len(pair.value.words) == 1 and (pair.label.score_for(name).score >= 0.9 or _plan_code_cell(pair, name)) else 4
        exact = ids.printed_exactly(pair.value.words)
        found = (_letter_plan_code(pair, name) if _cut_by_next_label(pair) else []) or \
            _whole_cell_id(pair, short) or ids.find_ids(pair.value.tight_text, short, exact) or \
            ids.find_ids(pair.value.text, short, exact) or _coded_id(pair, name) or _strong_caption_id(pair, name) or \
            _letter_plan_code(pair, name)
        found = found[:1] if pair.how != "inline" else _one_sentence(pair.value.text, found)
        found = [_run_on_id(ctx, pair, f) for f in found]
        strong = pair.label.score_for(name).score >= 0.95  # 'Member Number: RX1234...' is the member's
        found = [f for f in found if (strong or not ctx.foreign_prefix(f[0], name) or _prefix_in_label(pair, f[0])
                                      or _pharmacy_request(pair, f[0], name) or "chart" in pair.label.classes)
                 and not _masked_or_named(pair, f, name)]  # (a chart number's 'MR' is the record's own prefix)
        if name == "plan_id" and _contract_word_only(pair):
            found = [f for f in found if MEDICARE_CONTRACT.fullmatch(f[0]) or sum(c.isdigit() for c in f[0]) < 8]
            # ('Contract - QX51128830' in a member number's length: the subscriber's; 'Contract No. QN-41Q7702' the plan's)
        if name == "member_id" and pair.label.classes & {"control", "claim"} and "veteran" not in pair.label.classes:
            found = [f for f in found if ids.person_number(f[0])]  # 'ICN', 'Claim Number' name a person only so
        if name == "member_id" and "patient" in pair.label.classes and not pair.label.classes & NUMBER_WORDS:
            found = [f for f in found if _bare_member_number(pair, f)]
            if pair.how in ("below", "above") and STREET_LINE.fullmatch(pair.value.text.strip()):
                continue  # ('PATIENT' over the address block: its street, no number of the member's)
        if name == "case_numbers":  # (and a HCPCS code further on in the value: 'Claim 31-000: base (K0861, ...)')
            found = [f for f in found if not ids.person_number(f[0]) and not (f[1] > 0 and HCPCS.fullmatch(f[0]))]
            if pair.how in ("below", "above") and STREET_LINE.fullmatch(pair.value.text.strip()):
                continue  # '310 Example Flores Road' under a caption: the address block's street, no number of a case
        if name == "member_id":  # a short run of digits is a procedure code or a masked ID's tail, no member ID;
            # a letter and four digits is a HCPCS or dental (CDT) procedure code ('A0428', 'D0150')
            found = [f for f in found if (len(re.sub(r"[\s-]", "", f[0])) >= 6 or re.search(r"[A-Za-z]", f[0]))
                     and (strong or not HCPCS.fullmatch(f[0]))]  # ('Member ID: W1001' says what it is)
        if pair.how == "sentence":
            last = pair.label.cell.words[pair.label.end - 1].text  # ('member number with' as the label's run)
            lead = last + " " if fold(last) in ("with", "at", "under", "con", "en") and \
                ORG_CLAUSE.match(last + " " + pair.value.text) else ""
            found = [f for f in found if _next_to_label(lead + pair.value.text, f[1] + len(lead))]
        if name == "case_numbers" and _after_form_word(ctx, pair):
            continue  # 'Form CMS-10146  OMB | Approval No. 0938-0976': a form's approval number, cut from its 'OMB'
        if name == "case_numbers" and _earlier_claim(pair):
            continue  # 'paid on your earlier claim 31-... for February 5': another claim than this notice's
        if pair.how in ("sentence", "inline") and _label_ends_in_paper(ctx, pair, name):
            found = []  # 'Health Plan - EOB 1234': the label's last word names the statement the number is
        if (name == "plan_id" or name == "case_numbers" and pair.label.score_for(name).score < 0.9) and \
                "ident" not in pair.label.classes:
            found = [f for f in found if not _own_id_word(ctx, pair.value.text, f[1])]
        if pair.how in ("sentence", "inline"):
            found = [f for f in found if not _named_otherwise(ctx, pair.value.text, f[1], name)
                     and not _word_prefix_names_other(ctx, pair.value.text, f[1], name)]
        for k, (value, _, _) in enumerate(found[:1] if name != "case_numbers" else found):
            code = PLAN_CODE_SHAPE if name == "plan_id" and ids.PLAN_CODE.fullmatch(value) else 0.0
            feats = {"shape": max(_id_shape(value), code),
                     "repeats": ctx.repeats(value) if name == "member_id" else 1.0}
            out.append(ctx.from_pair(pair, name, value, feats, k))
            programs.append(_member_label_kind(pair) if name == "member_id" else "")
    return _plans_own_number_first(out, programs) if name == "member_id" else out


PROGRAM_CLASSES = frozenset({"program", "program_id"})
PROGRAM_BESIDE_OWN = 0.6  # a public program's number where the plan's own member number is printed too


NOT_A_PERSONS = frozenset({"notice", "form", "date", "claim", "case", "control"})  # ('Notice ID', 'Form no.')


def _member_label_kind(pair) -> str:
    """'program': a public program's number for the person ('Medicare no.', 'MassHealth ID', 'MBI'); 'own': a
    caption in a box or a table naming a member's number that is no program's ('Example Care ID', 'Vision ID',
    'Member ID'), never a notice's or a form's; '' for any other."""
    classes = pair.label.classes
    if classes & PROGRAM_CLASSES and not classes & {"patient", "holder", "card"}:
        return "program"
    boxed = pair.how != "sentence" and (pair.how != "inline" or pair.label.colon)  # ('Example Care ID: ...')
    return "own" if boxed and pair.label.score_for("member_id").score >= 0.6 and not classes & NOT_A_PERSONS else ""


def _plans_own_number_first(cands: list[Candidate], kinds: list[str]) -> list[Candidate]:
    """A plan that works with Medicare or Medicaid (a dual plan, a drug program, a supplement) prints its own
    member number ('Example Care ID', 'Vision ID') beside the program's: the plan's own is the member ID of its
    paper. Where no other caption names a member's number, the program's stands alone, as on Medicare's papers."""
    if "own" in kinds:
        for c, kind in zip(cands, kinds):
            if kind == "program":
                c.features["program_beside_own"] = 1.0  # (a mark: choose_ids ranks it lower, its field stays)
    return cands


def programs_numbers(ctx: Context) -> set[str]:
    """The public program's numbers for the person set aside for the plan's own member number: still a person's
    number, never a case's."""
    return {ids.norm(c.value) for c in id_candidates(ctx, "member_id") if "program_beside_own" in c.features}


def _program_after_own(pool: list[Candidate]) -> list[Candidate]:
    """The member ID pool ranked with a program's number marked beside the plan's own at PROGRAM_BESIDE_OWN of its
    score; which field a number belongs to is still decided on its own label's score (a Medicare number stays a
    member's number, no case number)."""
    return sorted(pool, key=lambda c: -c.score * (PROGRAM_BESIDE_OWN if "program_beside_own" in c.features else 1))


def _run_on_id(ctx: Context, pair, found: tuple) -> tuple:
    """'Auth # QX-913-' over '40127 ...': an ID broken at the line's end after its hyphen goes on at the start of
    the next line."""
    value, start, end = found
    if not re.match(r"\s*-\s*$", pair.value.text[end:]) or pair.value.words[-1] is not pair.value.line.words[-1]:
        return found  # (the hyphen ends the line itself, not a cell before another column)
    pos = ctx.ix.position(pair.value.line)
    if pos is None or pos + 1 >= len(ctx.ix.lines) or ctx.ix.lines[pos + 1].page != pair.value.line.page:
        return found
    nxt = ctx.ix.lines[pos + 1].words
    if not nxt or not re.fullmatch(r"[A-Z0-9]*\d[A-Z0-9]*", nxt[0].text.strip(".,;")):
        return found
    return (f"{value}-{nxt[0].text.strip('.,;')}", start, end)


STATE_ZIP = re.compile(r"(?:" + ids.STATES + r")\.?\s+\d{5}(?:-\d{4})?")
NUMBER_WORDS = frozenset({"head", "ident", "card", "program", "program_id", "holder", "control", "sponsor", "policy"})
CODE_WITH_POINT = re.compile(r"[A-Z]?\d+\.\d+$")  # 'Z34.90', 'G47.33' (a diagnosis), '134.203' (a rule's section)


def _printed_end(text: str, start: int, value: str) -> int:
    """Where a value read from `start` ends as printed: a number joined from its printed parts ('QXC 57730412' read
    'QXC57730412') ends after its last character, past the spaces between its parts."""
    want = sum(ch.isalnum() for ch in value)
    k = start
    while k < len(text) and want > 0:
        want -= text[k].isalnum()
        k += 1
    return k


def _bare_member_number(pair, found: tuple) -> bool:
    """'Member: QX1234', 'member QX1234' in a sentence: a bare member word names the member's number when the
    number follows it at once and is all its cell holds (not a code or a program's number further on:
    'Patient Ana Reyes Dx Z34.90', a rule's '§134.203')."""
    value, start = found[0], found[1]
    rest = pair.value.text[_printed_end(pair.value.text, start, value):].strip(" .,;|[]")  # (a box's rules
    # around the number are no words)
    lead = pair.value.text[:start].strip(" |[]")
    if CODE_WITH_POINT.match(value) or len(lead) > 3 or re.match(r"[A-Z]?[a-z]{3,}", value):
        return False  # ('Member IC: QX...', 'Member 4: QX...': OCR's 'ID' and '#' before it are no words; 'Patient
        # Account QX-...': a caption's word read into the number is no number of the member's)
    return pair.how == "sentence" or not rest


def _best_field_of(pools: dict[str, list[Candidate]]) -> dict[str, str]:
    """For each value read as several kinds of ID, the field whose label claims it most strongly."""
    top: dict[str, tuple[float, str]] = {}
    for n, cands in pools.items():
        for c in cands:
            key = ids.norm(c.value)
            if c.score > top.get(key, (0.0, ""))[0]:
                top[key] = (c.score, n)
    return {k: n for k, (_, n) in top.items()}


def choose_ids(ctx: Context) -> dict[str, Candidate]:
    """Member, group and plan IDs: the best of each, one value never serving two fields (nor a case number
    whose label claims it more strongly)."""
    pools = {n: ranked(id_candidates(ctx, n)) for n in ID_FIELDS + ("case_numbers",)}
    owner = _best_field_of(pools)
    pools["member_id"] = _program_after_own(pools["member_id"])
    chosen: dict[str, Candidate] = {}
    taken: set[str] = set()
    order = sorted(ID_FIELDS, key=lambda n: -(pools[n][0].score if pools[n] else 0))
    for n in order:
        for c in pools[n]:
            if ids.norm(c.value) not in taken and owner[ids.norm(c.value)] == n:
                chosen[n] = c
                taken.add(ids.norm(c.value))
                break
    return chosen


def case_numbers(ctx: Context, exclude: set[str]) -> FieldValue | None:
    cands = [c for c in ranked(id_candidates(ctx, "case_numbers"), 0.4) if ids.norm(c.value) not in exclude]
    cands = [c for c in cands if not ctx.in_other_claim(c) and not _facility_number(c)
             and not _other_payers_number(ctx, str(c.value))]
    said = " ".join(ln.text for ln in ctx.ix.lines) if len(cands) > 1 else ""
    cands = [c for c in cands if not _paid_in_full(c) and not _paid_on_claim(said, str(c.value))
             and not (said and _other_claim_sentence(ctx, str(c.value)))] or cands
    cands = [c for c in cands if not _citation_or_registry(c) and not _procedure_code(c, ctx.ix.lines)
             and not _sample_number(c) and not PHONE_SHAPED.match(str(c.value)) and not _code_or_zip_shaped(c)]
    own = [c for c in cands if c.rule.split(" ")[0] not in ctx.lex.fallback_rules and "fallback" not in c.features]
    cands = own or cands  # ('Notice No.' beside 'Case no.': the case's number is the one; alone, the notice's)
    # (unless the paid claim is the paper's only one)
    groups: dict[str, list[Candidate]] = {}
    for c in sorted(cands, key=lambda c: c.order):
        groups.setdefault(ids.shape_key(c.value), []).append(c)
    # one number read twice with a look-alike slip is one number: keep its first reading (usually the claim
    # line's, where the number is printed for reading back, rather than a sentence's)
    line_of = {g[0].value: g[0].text for g in groups.values()}
    values = [ids.as_printed(v, line_of[v]) for v in _without_fragments(list(line_of))]
    if not values:
        return None
    fv = max(cands, key=lambda c: c.score).to_field()
    return FieldValue("case_numbers", values, fv.evidence)


FACILITY_NUMBER_WORD = re.compile(r"CCN|PTAN|OSCAR")


def _facility_number(c: Candidate) -> bool:
    """'Larchmont Care Center (CCN 554433)': a facility's certification or billing number in brackets after its
    name is the facility's, not a claim's (a claim control number is printed as a value of its own)."""
    if not FACILITY_NUMBER_WORD.search(c.text or ""):
        return False
    return bool(re.search(r"\(\s*(?:CCN|PTAN|OSCAR)\s*(?:no\.?|#|:)?\s*" + re.escape(str(c.value)) + r"\b", c.text or ""))


PAID_IN_FULL = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+paid\s+in\s+full\b|"
                          r"\bfue(?:ron)?\s+pagad[oa]s?\s+(?:en\s+su\s+)?(?:totalidad|por\s+completo)\b", re.I)


def _paid_in_full(c: Candidate) -> bool:
    """'claim 1234 for services on DATE, $80.00, was paid in full': a number in a sentence about a paid claim
    is that claim's, not the denied one's."""
    return bool(PAID_IN_FULL.search(c.text or "")) and str(c.value) in (c.text or "")


# a sentence about another claim than the one denied ('Your earlier claim 1234 ... was paid', 'This decision does
# not change claim 1234 ..., which we paid in full', 'claim 1234 for a different service has nothing to do with it')
OTHER_CLAIM_BEFORE = re.compile(r"(?:\b(?:earlier|previous|prior|other|older|separate|anterior|otra)\s+(?:\w+\s+)?|"
                                r"\b(?:earlier|previous|prior)\s+[a-z]+\s+(?:[\w():/,-]+\s+){0,9}?(?:and\s+)?|"  # ('Your earlier
                                # cleanings in the last 12 months: claim 31... (date) and claim 31...')
                                r"\bpor\s+separado\s*\(?\s*)"  # ('billed on a separate claim (1234)', 'por separado (reclamacion 1234)')
                                r"(?:claim|reclamo|reclamacion)\s*(?:#|no\.?|number|numero)?\s*:?\s*$")


OTHER_CLAIM_SAID = re.compile(r"\bwhich\s+we\s+paid\b|\b(?:was|were)\s+processed\s+and\s+paid\b|\b(?:was|were|has\s+been|have\s+been)\s+paid\s+(?:and|in|on|under|earlier|last|"
                              r"before)\b|\bwe\s+(?:already\s+)?paid\s+(?:your|the|this|that|it|for)\b|\bpaid\s+in\s+full\b|\bis\s+not\s+affected\b|\bdoes\s+not\s+(?:change|affect)\s+claim\b|"
                              r"\bnothing\s+to\s+do\s+with\b|\bdifferent\s+service\b|\bfue\s+pagad[oa]\b")


# another request than the one this notice decides ('An earlier request for the same knee, reference X', 'Your
# previous request, Ref No. X, was approved'; a 'prior authorization request' is this one), or a claim set aside
# ('claim X will be reviewed separately')
OTHER_REQUEST_BEFORE = re.compile(r"\b(?:earlier|previous|older|separate)\s+(?:[\w:,]+\s+){0,2}?"
                                  r"(?:request|requests|referral|prescription|solicitud|referido)\b(?![^.;]*\bappeal)")


DECIDED_SEPARATELY = re.compile(r"^[^.;]{0,60}?\b(?:will\s+be|is\s+being|was)\s+(?:reviewed|decided|processed|handled)\s+"
                                r"separately\b")


REFUSAL_SAID = re.compile(r"\bden(?:y|ied|ies|ial)\b|\bnot\s+(?:covered|paid|payable|approved)\b|\brefus|\bexclu|"
                          r"\bdenegad|\bnegad|\brechaz|\brecoup|\boverpa|\brefund|\btake\s+back|\bprocessed\s+again")


def _sentences_naming(ctx: Context, value: str):
    """(start, where the number stands, end) of each sentence of the folded text that names the number."""
    text, key = ctx.dtext.folded, fold(value).lower()  # (folded text is already lower case)
    for a, b in ctx.dtext.sentences():
        at = text.find(key, a, b)
        if at >= 0:
            yield a, at, b


def _other_claim_sentence(ctx: Context, value: str) -> bool:
    """Every sentence naming the number is about another claim (an earlier one, one paid, one this decision
    leaves alone) and refuses nothing itself."""
    text, found = ctx.dtext.folded, False
    for a, at, b in _sentences_naming(ctx, value):
        sentence = re.sub(r"\s+", " ", text[a:b])
        before = re.sub(r"\s+", " ", text[a:at]).rstrip(" (")
        if re.search(r"\b(?:no|nos|ref|num|nbr)\.\s*$", text[max(0, a - 8):a]):  # (a sentence cut at 'Ref No.')
            before = re.sub(r"\s+", " ", text[max(0, a - 80):a]) + before
        if OTHER_REQUEST_BEFORE.search(before) or DECIDED_SEPARATELY.search(sentence[len(before):]):
            found = True  # ('An earlier request ..., reference X, was denied': another request's decision)
            continue
        if REFUSAL_SAID.search(sentence) or not (OTHER_CLAIM_BEFORE.search(before) or OTHER_CLAIM_SAID.search(sentence)):
            return False
        found = True
    return found


# another payer's or another party's own number for the same event, said as theirs before it ('The carrier's claim
# number is X', 'your auto insurer's file number: X', 'the employer's file no. X'): the other carrier keeps its
# case under it, the plan does not. (Never 'your workers' compensation claim X' or 'carrier claim no.' alone: on a
# compensation carrier's own paper that is the case; nor 'the insurer's claim no.' in a regulator's letter about
# the plan.)
OTHER_PAYER_BEFORE = re.compile(
    r"(?:\b(?:carrier|adjuster|employer|attorney|lawyer)['\u2019]s|"
    r"(?:\bco\.|\b(?:company|casualty|mutual|carrier|insurer)),\s+and\s+(?:its|their))\s+(?:own\s+)?"
    r"(?:claim|file|case|reference|ref)\s*(?:number|no\.?|#|id)?\s*(?:is|was|:)?\s*$|"
    r"\b(?:auto|automobile|motor\s+vehicle|no-fault|homeowner['\u2019]?s?)\s+(?:insurance\s+|insurer['\u2019]s\s+|"
    r"carrier['\u2019]s\s+|policy\s+)?(?:claim|file|case|reference|ref)\s*(?:number|no\.?|#|id)?\s*(?:is|was|:)?\s*$")


def _other_payers_number(ctx: Context, value: str) -> bool:
    """Every sentence naming the number gives it as another payer's (a workers' compensation carrier's, an auto
    insurer's, an employer's): not this plan's case, whatever label word ('claim number') stands before it."""
    text, found = ctx.dtext.folded, False
    for a, at, _ in _sentences_naming(ctx, value):
        if not OTHER_PAYER_BEFORE.search(re.sub(r"\s+", " ", text[a:at]).rstrip(" (")):
            return False
        found = True
    return found


CFR = re.compile(r"\bC\.?F\.?R")

# five digits among procedure codes ('physical therapy (97110, 97140)', 'CPT 99213'): a procedure, not a case
CODE_CONTEXT = re.compile(r"\(\s*\d{5}\b|\b\d{5}\s*,\s*\d{5}\b|\b(?:cpt|hcpcs|procedures?|codes?|codigos?)\b", re.I)

CODE_MODIFIER = re.compile(r"\d{4}[0-9FTU]-(?:59|25|26|TC|X[EPSU]|7[6-9]|91|LT|RT|50|51|G[PON]|KX|QW|8[02]|AS|5[27])")


DIAGNOSIS_CODE = re.compile(r"[A-TV-Z]\d[0-9AB]\.[0-9A-Z]{1,4}")  # an ICD-10 code ('M54.50', 'S83.511A')


_DAY = r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2})"
DATE_SPAN = re.compile(rf"{_DAY}(?:\s*(?:to|-|through|thru|al)\s*{_DAY})?")  # a day or a span of days, printed whole


def _code_or_zip_shaped(c: Candidate) -> bool:
    """A diagnosis code, or five bare digits (a ZIP code, a procedure code, a post-office box) that only a case
    caption right before it ('Appeal no. 57302', 'Claim: 57302') would make a case's number: claim, case and
    appeal numbers are printed longer, and a box, a row or a sentence holds fives of every other kind."""
    value = str(c.value)
    if DIAGNOSIS_CODE.fullmatch(value) or DATE_SPAN.fullmatch(value):
        return True  # ('04/27/2031 to 05/20/2031' in a box whose caption OCR lost: a span of days, no number)
    caption_before = c.features.get("label", 0) >= 0.95 and c.features.get("how", 0) >= 0.95
    return bool(re.fullmatch(r"\d{5}", value)) and not caption_before


def _procedure_code(c: Candidate, lines=()) -> bool:
    """Five digits among procedure codes, or five digits the paper prints elsewhere as a code: opening a service
    line before its description ('31997 Example repair  $913.00') or after 'CPT' ('no approval was asked for
    31997' names the code the service line bills)."""
    value = str(c.value)
    if CODE_MODIFIER.fullmatch(value):
        return True  # '31097-59': a procedure code and its modifier
    if re.fullmatch(r"\d{4}[FTU]", value):
        return True  # '0232T', '3074F', '0001U': a procedure code of CPT's category III or II or a lab's (PLA)
    if not re.fullmatch(r"\d{5}", value):
        return False
    if CODE_CONTEXT.search(c.text or ""):
        return True
    as_code = re.compile(rf"^\W*{value}\s+[A-Za-z][a-z]|\b(?:cpt|hcpcs|code)\s*#?:?\s*{value}\b", re.I)
    return any(as_code.search(ln.text) for ln in lines)


# an instruction showing a number's shape ('put the claim number on each page, for example 2031...', 'por ejemplo')
SAMPLE_WORDS = re.compile(r"\bfor\s+example\b|\be\.\s?g\.|\bpor\s+ejemplo\b|\(\s*(?:example|sample|ejemplo)\s*\)|"
                          r"^\W*(?-i:example|ejemplo)\b", re.I)  # (or the line opens on 'example', its 'for' above)


# a phone number however its groups are set apart ('860 555 0147', '1.888-555-0100'): an area code, an exchange and
# a line of four, which no claim or case number is printed as
PHONE_SHAPED = re.compile(r"^(?:1[-.\s])?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}$")


def _sample_number(c: Candidate) -> bool:
    """A number an instruction gives as an example of where or how to write one ('..., for example QX31-0000123')
    is nobody's claim: the example's words come just before it on its line (or just after: '(example)')."""
    text, value = c.text or "", str(c.value)
    at = text.find(value)
    if at < 0:
        return bool(SAMPLE_WORDS.search(text))
    before = [m for m in SAMPLE_WORDS.finditer(text[:at]) if at - m.end() <= 30]  # ('for example, write ...')
    return bool(before or SAMPLE_WORDS.search(text[at + len(value):][:14]))


def _citation_or_registry(c: Candidate) -> bool:
    """A regulation's section ('42 CFR 438.114') or a clinical trial's registry number ('NCT01234567') is no case."""
    value = str(c.value)
    return bool(re.fullmatch(r"NCT\d{8}", value) or value.upper().startswith("CFR") or
                bool(CFR.search(c.text or "")) and
                bool(re.search(r"\bC\.?F\.?R\.?\s*(?:§\s*)?" + re.escape(value), c.text or "")))


PAID_ON = re.compile(r"\b(?:paid|payment\s+(?:already\s+)?made|pagad[oa])\b[^.;:]{0,60}?\b(?:on|under|en\s+el)\s+"
                     r"(?:the\s+)?(?:claim|reclamo)\s*(?:#|no\.?|number)?\s*:?\s*$", re.I)


def _paid_on_claim(flat: str, value: str) -> bool:
    """'the global package was billed by and paid to your practice on claim 1234': the number of a claim the
    sentence says was paid, named to explain the denial of another."""
    at = flat.find(value)
    while at >= 0:
        if PAID_ON.search(re.sub(r"\s+", " ", flat[max(0, at - 120):at])):
            return True
        at = flat.find(value, at + 1)
    return False


def _without_fragments(values: list[str]) -> list[str]:
    """A number read whole and also in pieces (OCR split '402M5518830' into '402M' and '5518830' on one
    line, a sentence cut it at a line end) is one number: a value contained in another value is a piece."""
    keys = [ids.norm(v) for v in values]
    return [v for v, k in zip(values, keys)
            if not any(k != o and len(k) < len(o) and k in o for o in keys)]
