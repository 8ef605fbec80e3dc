"""The appeal deadline: a stated date, or the notice date plus the days the letter gives."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

from intake.extract import dates
from intake.extract.doctext import DocText
from intake.extract.text import fold, rx
from intake.model import Evidence, FieldValue

if TYPE_CHECKING:
    from intake.rule_models import RuleSet

log = logging.getLogger(__name__)
WINDOW = 160  # characters of the sentence around a match checked for decoys and appeal words


# OCR reads a sentence's full stop as a comma: ', If your health ...' still starts a new sentence
COMMA_STOP = re.compile(r"[.,;]\s+(?=(?:If|You|We|Send|Call|For|After|Urgent|Si|Usted|Para|Llame)\b)|"
                        r",\s+or\s+(?=(?:for|to|ask|request)\b)|"  # ('within 30 days ..., or for a hearing within 90')
                        r";\s+(?=(?:an?|the|our|your)\s+\w+\s+(?:is|are|will\s+be)\s+(?:decided|processed|answered|"
                        r"resolved|reviewed)\b)")  # ('...; an appeal is decided within 30 days': the plan's own timetable)


ABBREVIATION = re.compile(r"(?:^|\W)(?:dr|dra|mr|mrs|ms|st|sr|sra|jr|no|vs|inc|co|[a-z])$")


def _sentence_start(flat: str, start: int) -> int:
    """The last full stop before a match that ends a sentence, not an abbreviation's ('Dr. Ana L. Reyes')."""
    at = flat.rfind(". ", 0, start)
    while at > 0 and ABBREVIATION.search(flat[max(0, at - 4):at]):
        at = flat.rfind(". ", 0, at)
    return at


APPEAL_HEADING = re.compile(r"appeal|apela|grievance|queja|reconsidera|redetermina")  # a grievance (or a
# reconsideration) is the appeal of a program without one


def _after_heading(text: str, left: int, start: int) -> int:
    """Where the sentence of a match begins after an appeals heading ('Appeals and External Review Process' over
    'Internal Appeal: You have 180 days ...'): the other processes the section title names are not the sentence's."""
    cut = 0
    for m in re.finditer(r"\n", text[left:start]):
        at = left + m.start()
        prev = text[text.rfind("\n", 0, at) + 1:at].strip()
        if prev and len(prev.split()) <= 12 and not prev.endswith((".", ",", ";")) and text[at + 1:at + 2].isupper() \
                and APPEAL_HEADING.search(fold(prev).lower()):
            cut = at + 1  # (a heading of another process, 'Talk with our reviewer', stays: it says what follows)
    return cut


def _clause(flat: str, start: int, end: int, text: str = "") -> str:
    """The sentence around a match: decoy words elsewhere in the paragraph must not count."""
    left = max(_sentence_start(flat, start), flat.rfind("\n", 0, start - WINDOW if start > WINDOW else 0), 0)
    left = max(left, start - WINDOW, _after_heading(text, left, start) if len(text) == len(flat) else 0)
    right = flat.find(". ", end)
    right = len(flat) if right < 0 else min(right, end + WINDOW)
    stop = COMMA_STOP.search(text.replace("\n", " "), end, right) if len(text) == len(flat) else None
    right = stop.start() if stop else right
    heading = HEADING_LINE.search(text, end, right) if len(text) == len(flat) else None
    return flat[left:heading.start() if heading else right]


# a line opening with a short heading and its colon ('Audiencia imparcial estatal: ...', 'External review: ...'): a
# sentence whose last line ends without a stop (an address) ends there; the heading's words are the next section's
HEADING_LINE = re.compile(r"\n[ \t]*[A-Z\u00c1\u00c9\u00cd\u00d3\u00da][^\n:.,;]{2,40}:")


NUMBER_WORDS = {"one hundred eighty": 180, "one hundred twenty": 120, "ninety": 90, "sixty-five": 65,
                "sixty five": 65, "sixty": 60, "forty-five": 45, "thirty": 30, "ciento ochenta": 180,
                "ciento veinte": 120, "noventa": 90, "sesenta y cinco": 65, "sesenta": 60, "treinta": 30}


def _digits_for_words(flat: str) -> str:
    """'sixty (60) days' and 'sixty days' read the same; the text keeps its length so offsets still map."""
    for words, n in NUMBER_WORDS.items():
        if words not in flat:
            continue  # most texts name no number in words: skip the pattern's compile and scan
        flat = re.sub(rf"(?<![a-z]){words}(?=\s+(?:calendar\s+|calendario\s+)?(?:days?|dias?)\b)",
                      lambda m: str(n).ljust(len(m.group(0))), flat)
    if "month" in flat or "mes" in flat:  # ('within four months of the date of this letter', 'dentro de seis meses')
        flat = MONTHS_IN_WORDS.sub(lambda m: str(MONTH_NUMBERS[m.group(1)]).ljust(len(m.group(1))) + m.group(2), flat)
    if "year" in flat or "ano" in flat:  # ('within one year from the date of this notice', 'dentro de un año')
        flat = ONE_YEAR.sub(lambda m: "1".ljust(len(m.group(0))), flat)
    return flat


ONE_YEAR = re.compile(r"(?<![a-z])(?:one|a|un|uno)(?=\s+(?:year|ano)\b)")
MONTH_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                 "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
MONTHS_IN_WORDS = re.compile(r"(?<![a-z])(" + "|".join(MONTH_NUMBERS) + r")(\s+(?:calendar\s+)?(?:months?|meses)\b)")


# one limit for both: 'ask for an appeal and an administrative hearing within 60 days', 'ask for an informal
# review, an administrative hearing, or both' (a state's first-level review is its appeal)
APPEAL_AND_HEARING = re.compile(r"\b(appeal|apelacion|informal\s+review|revision\s+informal)\s*(?:,|and|or|y|o)\s+"
                                r"(?:an?\s+|una\s+)?(?:(?:fair|state|administrative)"
                                r"\s+hearing|audiencia(?:\s+(?:imparcial|administrativa|estatal))?)")


# one limit for both tracks ('your standard or expedited appeal must reach us within N days', 'standard or fast')
STANDARD_OR_FAST = re.compile(r"\bstandard\s*(?:,|or|and|/)\s*(?:an?\s+)?(?:fast|expedited|urgent|quick)\b")


def decoyed(clause: str, rules: RuleSet) -> bool:
    """The sentence is about another limit (expedited appeals, external review, a peer-to-peer call, the plan's
    own timetable): its dates are no appeal deadline. A hearing asked for together with the appeal is no other
    limit, nor is a fast appeal offered with the standard one."""
    clause = STANDARD_OR_FAST.sub("standard", APPEAL_AND_HEARING.sub(r"\1", clause))
    return any(rx(p).search(clause) for p in rules.fields.deadline.decoys)


# where one sentence gives two limits, each in its own part: after a semicolon, a bullet, or ', or' / ', and'
# ('reconsideration within 30 days of this notice; an administrative hearing within 90 days', 'send a corrected
# claim, or ask for reconsideration within 90 days')
OTHER_LIMIT = re.compile(r";|\s\*\s|,\s+(?:or|and|o|y)\s+")


def own_part(clause: str, matched: str) -> str:
    """The part of a sentence that holds the matched limit (OTHER_LIMIT sets the parts apart)."""
    at = clause.find(matched)
    if at < 0:
        return clause
    left = max((m.end() for m in OTHER_LIMIT.finditer(clause, 0, at)), default=0)
    right = next((m.start() for m in OTHER_LIMIT.finditer(clause, at + len(matched))), len(clause))
    return clause[left:right]


def _ok(clause: str, before: str, rules: RuleSet, matched: str = "") -> bool:
    """Decoys count only in the part of the sentence that holds the limit (own_part); the appeal context may be in
    the sentence before. A sentence that names no process of its own ('Your request must be received within 30
    days') after one that offers a fair hearing ('If you disagree, you may ask for a fair hearing.') gives the
    hearing's limit, no appeal deadline."""
    if decoyed(own_part(clause, matched) if matched else clause, rules):
        return False
    prev = _previous_sentence(before)
    if OTHER_PROCESS.search(prev) and not OWN_PROCESS.search(OTHER_PROCESS.sub(" ", prev)) and \
            not OWN_PROCESS.search(PAPER_NAMED.sub(" ", clause)) and \
            not any(rx(p).search(clause) for p in rules.fields.deadline.context):
        return False  # ('You may ask for an external review. Your request must be made within four months'; never
        # 'ask for a reconsideration by the Independent Review Entity. Your request must ...': a level of appeal)
    if FAIR_HEARING.search(prev) and not OWN_PROCESS.search(PAPER_NAMED.sub(" ", clause)) and \
            not APPEAL_AND_HEARING.search(prev):
        return False  # (a sentence offering 'an appeal and an administrative hearing' sets the appeal's limit too)
    if CONTINUING.search(prev) and not OWN_PROCESS.search(clause):
        return False  # '... your Plan Appeal (aid continuing). You must ask within 10 days': the limit to keep services
    return any(rx(p).search(before + " " + clause) for p in rules.fields.deadline.context)


CONTINUING = re.compile(r"(?:aid|benefits|services)\s+(?:continu|to\s+continue)|continu\w*\s+(?:your\s+)?(?:benefits|services|aid)\b|"
                        r"keep\s+(?:your\s+)?(?:benefits|services|aid)|aid\s+(?:paid\s+)?pending|"
                        r"continuacion\s+de\s+(?:los\s+|sus\s+)?(?:beneficios|servicios)|seguir\s+recibiendo")


FAIR_HEARING = re.compile(r"(?:fair|far|falr|fa1r|state|administrative)(?:\s+(?:administrative|fair|far))?\s+hearing|"
                          r"audiencia\s+(?:imparcial|justa|estatal|administrativa)")
OWN_PROCESS = re.compile(r"appeal|apela|reconsider|redetermin|grievance|queja|review|revision")
# another body's process or a faster track, whose limit a following sentence may give on its own ('Your request must
# be made within four months'): an external review, an expedited appeal, a court
OTHER_PROCESS = re.compile(r"external\s+review|independent\s+review|revision\s+externa|expedit|urgent\s+(?:appeal|review)|"
                           r"fast\s+(?:appeal|review|track)|"
                           r"article\s+78|\b(?:in|to)\s+(?:a\s+|the\s+)?(?:state\s+|federal\s+|district\s+)?court\b|"
                           r"civil\s+action|lawsuit")  # (never a street's 'Court')
# the paper the count runs from ('within 120 days of the date of this Notice of Appeal Resolution'): it names the
# appeal just decided, no process of the sentence's own
PAPER_NAMED = re.compile(r"\b(?:this|the|our|su|esta|este)\s+(?:notice\s+of\s+)?(?:appeal|apelacion)\s+"
                         r"(?:decision|resolution|determination|letter|resolucion)\b", re.I)


def _previous_sentence(before: str) -> str:
    """The last whole sentence of the text before a match (the match's own sentence may have begun in it)."""
    end = _sentence_start(before, len(before))
    return before[max(_sentence_start(before, end), 0):end] if end > 0 else ""


def _before(flat: str, start: int) -> str:
    return flat[max(0, start - 220):start]


def _add_months(base: dt.date, n: int) -> dt.date:
    """'within 6 months of the date of this letter': the same day n months on (or that month's last day)."""
    y, m = divmod(base.month - 1 + n, 12)
    year, month = base.year + y, m + 1
    days = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(base.day, days))


def _stated(dtext: DocText, flat: str, rules: RuleSet) -> list[tuple[int, str, str]]:
    hits = []
    for i, pat in enumerate(rules.fields.deadline.dates):
        for m in rx(pat).finditer(flat):
            d = dates.parse_date(dtext.text.replace("\n", " ")[m.start("value"):m.end("value")])
            if d and _ok(_clause(flat, m.start(), m.end(), dtext.text), _before(flat, m.start()), rules, m.group(0)):
                hits.append((m.start(), d.isoformat(), f"fields.deadline.dates[{i}]"))
    return hits


# 'within 180 days of the date of the denial notice (DATE)': the count runs from the date given
GIVEN_BASE = re.compile(r"^[^.()]{0,40}\(([^()]{6,20})\)")


def _base_of(dtext: DocText, end: int, notice: dt.date) -> dt.date:
    """The day a count runs from: a date printed in brackets right after the phrase, else the notice's date."""
    m = GIVEN_BASE.match(dtext.text.replace("\n", " ")[end:end + 64])
    given = dates.parse_date(m.group(1)) if m else None
    return given or notice


def _month_end_after(base: dt.date, n: int) -> dt.date:
    """'by the end of the month after the month of this letter': the last day of the month n months on."""
    return _add_months(base.replace(day=1), n + 1) - dt.timedelta(days=1)


def _counted(dtext: DocText, flat: str, rules: RuleSet, notice: str) -> list[tuple[int, str, str]]:
    hits = []
    kinds = (("days", 7, 400, lambda b, n: b + dt.timedelta(days=n)), ("months", 1, 13, _add_months),
             ("years", 1, 2, lambda b, n: _add_months(b, 12 * n)), ("month_ends", 1, 12, _month_end_after))
    for kind, low, high, add in kinds:
        for i, pat in enumerate(getattr(rules.fields.deadline, kind)):
            for m in rx(pat).finditer(flat):
                n = int(m.group("n")) if "n" in m.re.groupindex and m.group("n") else 1  # (a month end: the next)
                if low <= n <= high and _ok(_clause(flat, m.start(), m.end(), dtext.text), _before(flat, m.start()),
                                            rules, m.group(0)):
                    base = _base_of(dtext, m.end(), dt.date.fromisoformat(notice))
                    hits.append((m.start(), add(base, n).isoformat(), f"fields.deadline.{kind}[{i}]"))
    return hits


def find_deadline(dtext: DocText, rules: RuleSet, notice: str | None) -> FieldValue | None:
    """The first appeal deadline the notice states or counts from its own date, outside sentences about
    expedited appeals, external review or continued benefits."""
    flat = _digits_for_words(dtext.folded.replace("\n", " "))
    hits = _stated(dtext, flat, rules) + (_counted(dtext, flat, rules, notice) if notice else [])
    if not hits:
        return None
    hits.sort()
    offset, value, rule = hits[0]
    line = dtext.line_at(offset)
    log.debug("field appeal_deadline: rule %s fired", rule)
    return FieldValue("appeal_deadline", value, Evidence(line.page, line.text, line.conf * 0.9, line.bbox, rule))
