"""Every field of a document: candidates from label-value pairs, table columns and sentences, ranked.

Identifiers are chosen in fields_ids.py, the member's name in fields_names.py, the provider in providers.py and
the insurer in insurer.py; this module adds the amount, the dates and the deadline and assembles the result."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from intake.extract import dates, ids, money
from intake.extract.candidates import THRESHOLD as MIN_SCORE, Candidate, best
from intake.extract.care_orgs import care_sentence_dates
from intake.extract.context import Context
from intake.extract.dated_address import dated_addressee
from intake.extract.fields_ids import PLAN_TIER, SPLIT_MIN_SCORE, case_numbers, choose_ids, programs_numbers
from intake.extract.fields_names import member_name
from intake.extract.dependants import dependants_number
from intake.extract.letters import addressed_payer
from intake.extract.member_box import id_beside_member
from intake.extract.providers import provider
from intake.extract.sentence_amounts import sentence_charge
from intake.extract.text import fold, rx
from intake.model import Document, Evidence, FieldValue, PageText


log = logging.getLogger(__name__)

# a limit or a threshold stated in prose ('compounds with a cost over $200 need approval', 'up to $50 a visit'):
# a rule's figure, not what this claim billed
THRESHOLD = re.compile(r"\b(?:over|above|more\s+than|exceeds?|exceeding|greater\s+than|up\s+to|at\s+least|less\s+than|"
                       r"under|below|maximum\s+of|limit\s+of|mas\s+de|menos\s+de|hasta)\s*(?:us)?\$?\s*$")


def _threshold(pair) -> bool:
    if pair.how not in ("sentence", "inline"):
        return False
    text = fold(pair.value.text)
    at = text.find("$")
    return at > 0 and bool(THRESHOLD.search(text[:at + 1]))


def claim_amount(ctx: Context) -> Candidate | None:
    if ctx.medicare_form_title is not None:
        return None  # an ABN's 'Estimated Cost' is a warning before the care: nothing has been billed yet
    cands = []
    for pair in ctx.pairs_for("claim_amount", claim_only=True):
        if pair.how == "column" or _illustrated(pair) or _threshold(pair):
            continue
        value = money.parse_money(pair.value.text)
        if value:
            cands.append(ctx.from_pair(pair, "claim_amount", value, {"opens_line": OPENS_LINE} if _opens_line(pair)
                                       else {}))
    cands += ctx.column_totals()
    prose = ctx.prose_candidates("claim_amount", money.parse_money)
    said = cands + prose
    labelled = [c for c in cands if c.score >= MIN_SCORE]
    sentences = [c for c in prose if c.score >= MIN_SCORE]
    cands = labelled + sentences if labelled else ctx.refused_row_charge() or sentences  # (the refused row's own
    # charge where no caption or column said it: a sentence's figure on a statement of many claims is the
    # statement's, 'Charged by providers $...')
    cands = cands or said or sentence_charge(ctx)  # (a letter in prose: the amount a sentence says was billed or
    # refused, where nothing at all stated one: a weak figure, a premium or a limit, leaves the amount unsaid)
    charged = [c for c in cands if c.value != "0.00"]  # nothing billed is no claim's charge: an empty cell's
    return best(charged or cands)  # zero ('Claim total $0.00 $0.00 $585.50', a paid total) only when alone


def service_dates(ctx: Context, provider_name: str | None = None) -> FieldValue | None:
    groups = ctx.service_date_groups()
    if not groups and provider_name:  # (a letter that dates the care only where it names who gave it)
        groups = care_sentence_dates(ctx, provider_name)
    if not groups:
        return None
    win = max(groups, key=lambda g: (round(g[0].score, 6), -g[0].order))
    spans = sorted(_days_outside_spans({s for c in win for s in c.value}))
    spans = _whole_spans(spans, {s for g in groups for c in g for s in c.value if "/" in s})
    return FieldValue("service_dates", spans, win[0].to_field().evidence)


def _whole_spans(days: list[str], others: set[str]) -> list[str]:
    """'From (date of service) 11/03/2030' read alone, its 'To' lost, while the letter says 'from November 3,
    2030 through November 19, 2030': a lone day that opens exactly one span read elsewhere is that span (never one
    of a list of days: those are visits, each its own)."""
    if len(days) != 1 or "/" in days[0]:
        return days
    opening = [s for s in others if s.split("/")[0] == days[0]]
    return opening if len(opening) == 1 else days


def _days_outside_spans(spans: set[str]) -> set[str]:
    """A day inside a stay the same reading lists ('Apr 1 - Apr 4' over rows dated 'Apr 1') is part of it."""
    ranges = [s.split("/") for s in spans if "/" in s]
    return {s for s in spans if "/" in s or not any(a <= s <= b for a, b in ranges)}


ILLUSTRATION = re.compile(r"\b(?:example|e\.g\.|such as|ejemplo|sample|illustration)\b")
DATE_FILLERS = {"is", "was", "dated", "on", "of", "the", "as", "el", "es", "fue", "del", "de", ":", "-"}


def _illustrated(pair) -> bool:
    """A sentence that shows an example ('For example (an illustration only): if the approved amount were
    $150.00'): its amount is no claim's."""
    return pair.how == "sentence" and bool(ILLUSTRATION.search(fold(pair.value.line.text)))


def _near_label(pair) -> str:
    """Where a value's date may be: in running text, right after the label and a filler word or two ('This
    letter is dated March 3, 2026'), not further on ('... are written day/month/year, for example
    04.05.2026')."""
    text = pair.value.text
    if pair.how != "sentence":
        return text
    found = dates.find_dates(text)
    if not found:
        return text  # dateparser's turn ('3rd of March 2026')
    before = text[:found[0][1]].lower().split()
    if ILLUSTRATION.search(" ".join(before)):
        return ""  # 'for example 04.05.2026': a date shown, not stated
    return text if len([w for w in before if w.strip(",:;") not in DATE_FILLERS]) <= 4 else ""


def denial_date(ctx: Context) -> Candidate | None:
    cands = []
    pairs = ctx.pairs_for("denial_date")
    # dated rows under one header: the address block under a one-row header band is no second row
    rows_under = Counter(id(p.label) for p in pairs if p.how == "column" and dates.parse_date(p.value.text))
    for pair in pairs:
        d = dates.parse_date(_near_label(pair))
        if d:
            feats = {"top": ctx.top_factor(pair.value)}
            if _issued_then_date(pair):
                feats["issued_word"] = 1.0  # 'Issued DATE', 'mailed DATE': the notice's own word (a footer too)
            if pair.how == "column" and (rows_under[id(pair.label)] > 1 or _service_row(pair)):
                feats["table_column"] = 0.4  # a 'Date' column of a claims table holds service dates; a form's
                # box ('DETERMINATION DATE' over one value) holds one date
            if (pair.how in ("sentence", "inline") and _earlier_paper(pair, ctx)) or OTHERS_PAPER.search(pair.label.text):
                feats["earlier_paper"] = EARLIER_PAPER
            elif _opens_line_with_date(pair):
                feats["opens_line"] = OPENS_LINE  # ('Prepared July 23, 2031 for ...': a caption without its colon)
            cands.append(ctx.from_pair(pair, "denial_date", d.isoformat(), feats))
    cands += ctx.standalone_dates()
    # fallbacks, in order: the date beside the addressee's name, a footer's 'Issued DATE', the fax machine's date
    return best(cands) or best(dated_addressee(ctx)) or best(_issued_dates(cands), ISSUED_THRESHOLD) or \
        best(ctx.fax_sent_date())


OPENS_LINE = 1.25
# a notice's footer line ('Example Plan, PO Box 100 - issued 06/11/2031 - Form X-12'): its own word for going out,
# the date right after it. Footers score low (the page's foot, a line printed on every page), so such a date counts
# only when nothing above the foot dates the notice
ISSUED_THRESHOLD = 0.15
ISSUED_WORDS = frozenset({"issued", "mailed", "sent", "decided", "emitido", "emitida", "enviado", "enviada", "envio"})


def _issued_dates(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if "issued_word" in c.features and "earlier_paper" not in c.features]


def _issued_then_date(pair) -> bool:
    words = pair.label.cell.words[pair.label.start:pair.label.end]
    return bool(words) and fold(words[-1].text).lower().strip(".:,") in ISSUED_WORDS and \
        bool(pair.value.words) and dates.parse_date(" ".join(w.text for w in pair.value.words[:4])) is not None


EARLIER_PAPER = 0.3  # 'the ALJ issued a decision dated ...': the date of a step before this notice
# a label naming another party's paper by its possessive ('Plan's denial dated', 'ALJ's decision date'), or the
# denial as a letter apart from this one ('Plan denial letter date', 'date of the denial notice'; a notice does
# not call itself so)
OTHERS_PAPER = re.compile(r"\b\w+['\u2019]s\s+(?:denial|decision|notice|letter|determination|denegacion|decision)\b"
                          r"|\b(?:denial|adverse\s+determination)\s+letter\b|\b(?:the|plan|your)\s+denial\s+notice\b"
                          r"|\b(?:carta|aviso)\s+de\s+(?:la\s+)?denegaci[o\u00f3]n\b", re.I)


def _opens_line(pair) -> bool:
    """A sentence's label that opens the line, its value right after it ('Issued 03/04/2031 to ...', 'Prepared
    July 23, 2031 for ...', 'CLAIM TOTAL 3,005.00 129.84'): a caption printed without its colon, no sentence."""
    words = pair.value.line.words
    lab = pair.label.cell.words[pair.label.start:pair.label.end]
    return pair.how == "sentence" and bool(lab) and bool(words) and lab[0] is words[0] and \
        bool(pair.value.words) and len(words) > len(lab) and pair.value.words[0] is words[len(lab)]


def _opens_line_with_date(pair) -> bool:
    return _opens_line(pair) and dates.parse_date(" ".join(w.text for w in pair.value.words[:4])) is not None


def _earlier_paper(pair, ctx: Context) -> bool:
    """The sentence names the label's paper as another body's or an earlier one ('the Administrative Law Judge
    (ALJ) issued a decision dated', 'about our notice dated'): its date is not this notice's."""
    words = pair.label.cell.words[:pair.label.start]
    if not words and pair.label.cell.words and pair.label.cell.words[0] is pair.value.line.words[0]:
        words = _sentence_run_in(pair.value.line, ctx)  # 'Your previous | statement was dated ...'
    lead = pair.label.cell.words[pair.label.start:pair.label.end - 1]  # a sentence's label 'report, dated'
    before = fold(" ".join(w.text for w in words))
    with_lead = fold(" ".join(w.text for w in words + lead)) if pair.how == "sentence" else before
    return any(rx(p).search(before) or rx(p).search(with_lead) for p in ctx.rules.fields.earlier_paper)


def _sentence_run_in(line, ctx: Context) -> list:
    """The last words of the line before, when its sentence runs on into this line (no full stop or colon)."""
    pos = ctx.ix.position(line)
    lines = ctx.ix.lines
    if pos <= 0 or pos > len(lines) - 1 or lines[pos] is not line:
        return []
    prev = lines[pos - 1]
    if prev.page != line.page or not prev.words or re.search(r"[.:;!?]$", prev.words[-1].text):
        return []
    return prev.words[-4:]


def _service_row(pair) -> bool:
    """A bare 'Date' header over one service line ('01/02/26 99213 Office visit $90.00 $0.00'): the row's
    amounts make it a service line, and its date the date of service, even when the table has one row."""
    bare = not (pair.label.classes - {"date", "connector"})
    return bare and len(money.find_money(pair.value.line.text)) >= 2


def appeal_deadline(ctx: Context, notice: str | None) -> FieldValue | None:
    from intake.extract.deadline import decoyed, find_deadline

    cands = []
    for pair in ctx.pairs_for("appeal_deadline"):
        if pair.how == "sentence" and decoyed(fold(pair.value.line.text), ctx.rules):
            continue  # 'ask for a peer-to-peer review by calling us by ...': a sentence about another limit
        d = dates.parse_date(_near_label(pair))
        if d:
            cands.append(ctx.from_pair(pair, "appeal_deadline", d.isoformat(), {}))
    got = best(cands)
    found = got.to_field() if got else find_deadline(ctx.dtext, ctx.rules, notice)
    if found is not None and ctx.provider_bill and PAYMENT_DUE.match(fold(found.evidence.text or "")):
        return None  # a provider's statement: 'Due by' is when to pay the bill, no appeal's deadline
    if found is not None and notice and str(found.value) < notice:
        return None  # a day before the notice's own ('confirmed by 02/14/2011' beside a birth date): no deadline
    return found


PAYMENT_DUE = re.compile(r"\W*(?:(?:amount|payment|balance|total)\s+)?due\b|\W*pay\s+by\b")


def _printed(fv: FieldValue) -> FieldValue:
    """An ID as the page groups it (ids.as_printed); a plan's coded tier with its space ('PPO 3150')."""
    text = fv.evidence.text if fv.evidence else ""
    if fv.name == "plan_id" and PLAN_TIER.match(fv.value):
        spaced = ids.printed_spacing(fv.value, text)
        if spaced:
            return replace(fv, value=spaced.group(0))
    return replace(fv, value=ids.as_printed(fv.value, text))


def extract_fields(doc: Document, rules) -> dict[str, FieldValue]:
    """Every field the document states, each with its evidence; absent fields are left out."""
    with dates.reading_order(dates.day_first("\n".join(ln.text for ln in doc.lines))):
        return _extract(Context(doc, rules), rules)


def _extract(ctx: Context, rules) -> dict[str, FieldValue]:
    from intake.extract.insurer import find_insurer

    doc = ctx.doc
    chosen = choose_ids(ctx)
    out: dict[str, FieldValue | None] = {n: _printed(c.to_field()) for n, c in chosen.items()}
    out["insurer"] = find_insurer(doc.pages[0] if doc.pages else None, rules, ctx, doc.pages)
    payer = addressed_payer(ctx) if doc.pages else None
    if payer and out["insurer"] is not None and fold(out["insurer"].value) not in fold(payer[1]):
        line, rule = payer[0], "layout: the payer a letter to the payer is addressed to"  # (its letterhead is the
        log.debug("field insurer: %s", rule)  # sender's)
        out["insurer"] = FieldValue("insurer", payer[1], Evidence(line.page, line.text, line.conf, line.bbox, rule))
    medicare_form = ctx.medicare_form_title
    if medicare_form is not None:  # (an ABN on a supplier's letterhead: the coverage it is about is Medicare's)
        line, rule = medicare_form, "insurers.medicare_notices: a notice on Original Medicare's own form"
        log.debug("field insurer: %s", rule)
        out["insurer"] = FieldValue("insurer", "Medicare", Evidence(line.page, line.text, line.conf, line.bbox, rule))
    insurer = out["insurer"].value if out["insurer"] else None
    for name, finder in (("member_name", member_name), ("provider", lambda c: provider(c, insurer)),
                         ("claim_amount", claim_amount), ("denial_date", denial_date)):
        got = finder(ctx)
        out[name] = got.to_field() if got else None
    if out.get("member_id") is None and out.get("member_name") is not None:  # (a fax's unreadable 'MBR #')
        out["member_id"] = id_beside_member(ctx, out["member_name"], {ids.norm(c.value) for c in chosen.values()})
    out["member_id"] = dependants_number(doc.lines, out.get("member_id"), out.get("member_name"))
    out["service_dates"] = service_dates(ctx, out["provider"].value if out.get("provider") else None)
    out["case_numbers"] = case_numbers(ctx, {ids.norm(c.value) for c in chosen.values()} | programs_numbers(ctx))
    notice = out["denial_date"].value if out.get("denial_date") else None
    out["appeal_deadline"] = appeal_deadline(ctx, notice)
    return {k: v for k, v in out.items() if v is not None}


def page_member_id(page: PageText, source, rules) -> str | None:
    """The member ID a page states, for the split planner (a new member starts a new document)."""
    ctx = Context(Document(source, [page]), rules, light=True)
    got = choose_ids(ctx).get("member_id")
    return got.value if got and got.score >= SPLIT_MIN_SCORE else None
