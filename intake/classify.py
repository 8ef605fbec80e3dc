"""Decide document type, denial type, plan type and language from rule phrases and reason codes, explained."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intake.checkboxes import box_spans, unticked_spans
from intake.extract.text import fold
from intake.extract.doctext import DocText, reading_lines
from intake.legend_use import HELD_ROW, refused_entry_spans, row_amounts, unused_entry_spans
from intake.model import Classification
from intake.scorers import DENIAL_CHARS, ScorerInputs
from intake.scorers import apply as apply_scorers

if TYPE_CHECKING:
    from intake.rule_models import RuleSet

log = logging.getLogger(__name__)
TOP_FRACTION = 0.35  # cues in the top of page 1 are titles: they count double


@dataclass
class Cue:
    group: str  # DOC, DENIAL, PLAN or CARC
    key: str
    rule: str
    text: str
    weight: float
    top: bool = False
    offset: int = -1


DOC_RULE_REPEATS = 4  # (measured over the family corpus: 3 loses a denial type, 4 loses nothing)


@dataclass
class Cues:
    items: list[Cue] = field(default_factory=list)

    def score(self, group: str) -> Counter:
        """Weights summed per kind; a document-kind rule counts at most DOC_RULE_REPEATS times (a pharmacy's
        paper says 'pharmacy' on every line: the repetition names its topic, not what kind of paper it is)."""
        c: Counter = Counter()
        seen: Counter = Counter()
        for cue in self.items:
            if cue.group == group:
                seen[cue.rule] += 1
                if group == "DOC" and seen[cue.rule] > DOC_RULE_REPEATS:
                    continue
                c[cue.key] += cue.weight * (2 if cue.top else 1)
        return c


_BOILERPLATE: dict[str, tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]] = {}


def _boilerplate_patterns(rules: RuleSet) -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    """Compiled once per rule set: every document's every sentence is tested against them."""
    if rules.digest not in _BOILERPLATE:
        _BOILERPLATE[rules.digest] = ([re.compile(p) for p in rules.boilerplate.headings],
                                      [re.compile(p) for p in rules.boilerplate.paragraphs],
                                      [re.compile(p) for p in rules.boilerplate.resume])
    return _BOILERPLATE[rules.digest]


def boilerplate_spans(dtext: DocText, rules: RuleSet) -> list[tuple[int, int]]:
    """Appeal-rights, nondiscrimination and tagline text: read for fields, never for decisions."""
    heads, paras, resume = _boilerplate_patterns(rules)
    spans, open_at = [], None
    for a, b in dtext.sentences():
        sentence = dtext.folded[a:b]
        first = sentence.split("\n", 1)[0].strip(" *-:")  # a heading ending in a lower-case word runs on
        heading = len(first.split()) <= 8 and not first.rstrip().endswith(".")
        if open_at is not None:
            resumed = heading and any(r.match(first) for r in resume)
            if resumed or _column_above(dtext, open_at, a):
                spans.append((open_at, a))  # the decision itself follows its cover notice's rights section
                open_at = None
            else:
                continue
        if heading and any(h.search(first) for h in heads):
            open_at = a
        elif any(p.search(sentence) for p in paras):
            spans.append((a, b))
    return spans + ([(open_at, len(dtext.folded))] if open_at is not None else [])


def _column_above(dtext: DocText, heading_at: int, at: int) -> bool:
    """Pure: whether the text at `at` is another column that starts above a rights heading on the same page.
    A sidebar is read before the body beside it, so a rights box at the foot of the sidebar ('Your right to
    appeal') comes before the body's remark codes in reading order; its section ends where that column begins."""
    head, line = dtext.line_at(heading_at), dtext.line_at(at)
    if head is None or line is None or head.page != line.page:
        return False
    return line.bbox[1] < head.bbox[1] and line.bbox[0] > head.bbox[2]


_REASON: dict[str, tuple[list[re.Pattern], list[re.Pattern]]] = {}


def _reason_patterns(rules: RuleSet) -> tuple[list[re.Pattern], list[re.Pattern]]:
    if rules.digest not in _REASON:
        r = rules.denial_types.reason
        _REASON[rules.digest] = ([re.compile(p) for p in r.headings], [re.compile(p) for p in r.sentences])
    return _REASON[rules.digest]


def reason_spans(dtext: DocText, rules: RuleSet, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that say why: those with a reason cue, and the three under a reason heading."""
    heads, cues = _reason_patterns(rules)
    spans, under = [], 0
    for a, b in dtext.sentences():
        if any(x <= a < y for x, y in skip):
            continue
        sentence = dtext.folded[a:b].strip(" *-:\u00bf?\u00a1!")
        if len(sentence.split()) <= 8 and any(h.search(sentence) for h in heads):
            under = 3
            continue
        if under > 0 or any(c.search(sentence) for c in cues):
            spans.append((a, b))
        under -= 1
    return spans


def reason_text(dtext: DocText, reasons: list[tuple[int, int]], skip: list[tuple[int, int]]) -> str:
    """What the denial model reads: the reason sentences, or without any, the letter minus its boilerplate."""
    spans = reasons or [(a, b) for a, b in dtext.sentences() if not any(x <= a < y for x, y in skip)]
    return " ".join(dtext.text[a:b] for a, b in spans)


def document_reason_text(doc, rules: RuleSet) -> str:
    """reason_text for a document (the training script's view of it, identical to classify's)."""
    dtext = DocText(reading_lines(doc))
    skip = boilerplate_spans(dtext, rules) + unticked_spans(dtext.starts, dtext.lines)  # (a form's empty boxes)
    return reason_text(dtext, reason_spans(dtext, rules, skip), skip)


def _reason_sentences(result: Classification, cues: list[Cue], reasons: list[tuple[int, int]],
                      dtext: DocText) -> list[str]:
    """The evidence for a denial type is the sentence that says why, where there is one; else the cue."""
    out = []
    for q in cues:
        if q.group not in ("DENIAL", "CARC") or q.key != result.denial_type:
            continue
        span = next(((a, b) for a, b in reasons if a <= q.offset < b), None)
        text = re.sub(r"\s+", " ", dtext.text[span[0]:span[1]]).strip()[:240] if span else q.text
        if text not in out:
            out.append(text)
    return out


def detect_language(text: str, rules: RuleSet | None = None) -> str:
    """English or Spanish by their commonest short words (rules/names.yaml `language`)."""
    if rules is None:
        from intake.rules import cached_rules

        rules = cached_rules()
    es_words, en_words = set(rules.names.language["es"]), set(rules.names.language["en"])
    words = re.findall(r"[a-záéíóúñ]+", text.lower())
    es = sum(w in es_words for w in words)
    en = sum(w in en_words for w in words)
    return "es" if es > en * 1.2 and es >= 5 else "en"


def phrase_cues(dtext: DocText, top_end: int, rules: RuleSet, lang: str, ocr: bool = True) -> list[Cue]:
    """One phrase pass over the whole document (the OCR-tolerant one too where no denial was named exactly);
    each cue knows whether it sits in a title."""
    from intake.nlp import pipeline

    nlp = pipeline(rules, lang)
    doc = nlp.get_pipe("exact_phrases")(nlp.make_doc(dtext.folded.replace("\n", " ")))  # same offsets
    weights, siblings = _weights(rules), _siblings(rules)
    if ocr and not any(label.startswith("DENIAL:") for e in doc.ents
                       for label, _ in [(e.label_, e.ent_id_), *siblings.get(e.ent_id_, [])]):
        doc = nlp.get_pipe("ocr_tolerant_phrases")(doc)  # slower: only when exact phrases decided nothing
    cues = []
    for ent in doc.ents:
        for label, rule in [(ent.label_, ent.ent_id_), *siblings.get(ent.ent_id_, [])]:
            group, key = label.split(":", 1)
            top = ent.start_char < top_end
            weight = weights.get(rule, 1.0)
            near = dtext.folded[max(0, ent.start_char - 24):ent.start_char]
            if group == "DOC" and ((not top and REFERENCE.search(near)) or key == "bill" and BILL_REFERENCE.search(near)):
                weight *= REFERENCE_FACTOR  # 'shown on your Explanation of Benefits': another paper, not this one
                # (a bill spoken of, 'Its invoice, number ...', is another's paper wherever the letter says so)
            before = near
            after = dtext.folded[ent.end_char:ent.end_char + 16]
            if group == "DOC" and key == "other" and (HYPOTHETICAL.search(before) or CONDITION_AFTER.match(after)):
                weight = 0.0  # 'if it is approved, the pharmacy can send the claim again', 'a new pair is approved
                # when three years have passed': a rule or a hope, no approval given
            cues.append(Cue(group, key, rule, ent.text, weight, top, ent.start_char))
    return cues


_SIBLINGS: dict[str, dict[str, list[tuple[str, str]]]] = {}


def _siblings(rules: RuleSet) -> dict[str, list[tuple[str, str]]]:
    """The same words listed for two kinds of cue ('notice of action': a Medicaid plan's paper, and a denial's):
    the phrase matcher keeps one span per words, so each rule's siblings of other kinds are added beside it."""
    if rules.digest not in _SIBLINGS:
        from intake.nlp import phrase_patterns

        by_text: dict[str, list[tuple[str, str]]] = {}
        for p in phrase_patterns(rules):
            by_text.setdefault(p["pattern"], []).append((p["label"], p["id"]))
        out: dict[str, list[tuple[str, str]]] = {}
        for same in by_text.values():
            for label, rule in same:
                kind = label.split(":", 1)[0]
                out[rule] = [(lb, r) for lb, r in same if lb.split(":", 1)[0] != kind]
        _SIBLINGS[rules.digest] = {k: v for k, v in out.items() if v}
    return _SIBLINGS[rules.digest]


# words before a document's name that make it a reference to another paper ('your EOB', 'the notice we sent')
# ('the claim's remittance advice': a possessive between is still a reference)
REFERENCE = re.compile(r"\b(?:your|the|an|our|see|on|in|with|separate|su|sus|la|el|una|un|en|del|de\s+la)\s*"
                       r"(?:\w+'s\s*)?$")
# another's bill named in a payer's letter ('its invoice', 'the air ambulance invoice'): a bill word spoken of, no bill
BILL_REFERENCE = re.compile(r"\b(?:your|the|its|their|his|her)\s+(?:\w+'s\s+)?(?:(?!this\b|these\b)[a-z-]+\s+){0,2}$|"
                            # the bill a payer says it pays or not ('we cannot reimburse this invoice', 'no podemos
                            # pagar esta factura'): the payer's letter about a bill, no bill
                            r"\b(?:pay|paid|pays|reimburse|reimbursed|cover|covered|refund|approve|share|shared|pagar|"
                            r"pagara|pagamos|reembolsar|cubrir)\s+(?:for\s+)?(?:this|that|these|those|esta|este|estas|"
                            r"estos|la|el|las|los)\s+(?:[a-z-]+\s+){0,2}$")
REFERENCE_FACTOR = 0.25
# a condition before an approval's words ('if it is approved', 'once the request has been approved', 'si es aprobado')
HYPOTHETICAL = re.compile(r"\b(?:if|once|when|until|unless|after|si|cuando|hasta\s+que|una\s+vez\s+que)\b"
                          r"[^.;:!?]{0,18}$")


def _weights(rules: RuleSet) -> dict[str, float]:
    out = {}
    for prefix, table in (("doc", rules.documents.document_types), ("denial", rules.denial_types.denial_types),
                          ("plan", rules.plan_types.plan_types)):
        for key, phrases in table.items():
            for i, ph in enumerate(phrases):
                out[f"{prefix}.{key}[{i}]"] = ph.weight
    return out


def carc_cues(dtext: DocText, rules: RuleSet) -> list[Cue]:
    """Reason codes, each code once: a code printed on every line and in the legend is one reason."""
    by_code = {code: dtype for dtype, codes in rules.carc.codes.items() for code in codes}
    cues, seen = [], set()
    from intake.extract.remarks import BARE_CARC, carc_regex, group_of

    for m in carc_regex(rules).finditer(dtext.text):
        group, code = group_of(m.group(1)), m.group(2)
        if group not in rules.carc.group_codes or code in rules.carc.not_denials or code not in by_code:
            continue
        if code in seen:
            continue
        seen.add(code)
        cues.append(Cue("CARC", by_code[code], f"carc.codes.{by_code[code]}[{code}]", f"{group}-{code}",
                        rules.carc.weight, offset=m.start()))
    cues += _pharmacy_reject_cues(dtext, rules, seen)
    for m in _listed_carcs(dtext.text):  # '... with the following claim adjustment codes:' over '* 197 - ...'
        code = m.group(1)
        if code in seen or code in rules.carc.not_denials or code not in by_code:
            continue
        seen.add(code)
        cues.append(Cue("CARC", by_code[code], f"carc.codes.{by_code[code]}[{code}]", _line_at(dtext.text, m.start()),
                        rules.carc.weight, offset=m.start()))
    for m in BARE_CARC.finditer(dtext.text):  # a legend's 'CARC 150 ...' with no group code
        code = m.group(1)
        if code in seen or code in rules.carc.not_denials or code not in by_code:
            continue
        seen.add(code)
        cues.append(Cue("CARC", by_code[code], f"carc.codes.{by_code[code]}[{code}]", f"CARC {code}",
                        rules.carc.weight, offset=m.start()))
    return cues


def _line_at(text: str, start: int) -> str:
    """The rest of the line a code opens: the code with what it says, as evidence."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].strip()


# a list under a line naming adjustment reason codes: each item opens with its code ('* 197 - Precertification
# absent.'), no group code before it
CODES_LIST_HEAD = re.compile(r"adjustment\s+(?:reason\s+)?codes?\b[^\n]{0,20}\n", re.I)
LISTED_CODE = re.compile(r"^[ \t]*[^\w\s]{0,2}[ \t]*(\d{1,3})[ \t]*[-\u2013:][ \t]+[A-Za-z]", re.M)


def _listed_carcs(text: str) -> list[re.Match]:
    """Each code of such a list, within a few lines under its heading."""
    return [m for head in CODES_LIST_HEAD.finditer(text) for m in LISTED_CODE.finditer(text, head.end(), head.end() + 400)]


# 'Reject 75:', 'REJECT CODE 76 -', 'Rechazo 75': a pharmacy claim's reject code, its reason by the NCPDP standard
PHARMACY_REJECT = re.compile(r"\b(?:reject(?:ed)?|rechazo|rej)(?:\s+(?:code|c[oó]digo))?\s*#?\s*:?\s*([0-9A-Z]{2,3})\b"
                             r"(?=\s*[:\-\u2013(]|\s+[A-Z])", re.I)


# a receipt's table of reject codes: 'Reject code  Description' over '76  PLAN LIMITATIONS EXCEEDED'
REJECTS_HEAD = re.compile(r"\breject\s+codes?\b[^\n]{0,30}\n", re.I)
LISTED_REJECT = re.compile(r"^[ \t]*([0-9A-Z]{2,3})[ \t]+(?=[A-Z]{3})", re.M)


def _pharmacy_reject_cues(dtext: DocText, rules: RuleSet, seen: set) -> list[Cue]:
    by_code = {code: dtype for dtype, codes in rules.carc.pharmacy_rejects.items() for code in codes}
    cues = []
    listed = [m for head in REJECTS_HEAD.finditer(dtext.text)
              for m in LISTED_REJECT.finditer(dtext.text, head.end(), head.end() + 300)]
    for m in [*PHARMACY_REJECT.finditer(dtext.text), *listed]:
        code = m.group(1).upper()
        if code in by_code and f"rx{code}" not in seen:
            seen.add(f"rx{code}")
            cues.append(Cue("CARC", by_code[code], f"carc.pharmacy_rejects.{by_code[code]}[{code}]",
                            _line_at(dtext.text, m.start()), rules.carc.weight, offset=m.start()))
    return cues


_CONCEPTS: dict[str, list[tuple[str, str, str, re.Pattern, float]]] = {}


def _concept_patterns(rules: RuleSet) -> list[tuple[str, str, str, re.Pattern, float]]:
    """The `patterns` of documents.yaml and denial_types.yaml, compiled once per rule set:
    (cue group, type, rule name, regex, weight)."""
    if rules.digest not in _CONCEPTS:
        _CONCEPTS[rules.digest] = [
            (group, key, f"{prefix}.patterns.{key}[{i}]", re.compile(p.pattern), p.weight)
            for group, prefix, table in (("DOC", "doc", rules.documents.patterns),
                                         ("DENIAL", "denial", rules.denial_types.patterns))
            for key, pats in table.items() for i, p in enumerate(pats)]
    return _CONCEPTS[rules.digest]


def concept_cues(dtext: DocText, rules: RuleSet) -> list[Cue]:
    """Reasons and decisions caught by what they say rather than by one wording ('filed 14 months after the
    visit' is a filing limit, 'is not expected to pay' a denial, however a letter puts it)."""
    text = dtext.folded
    return [Cue(group, key, rule, m.group(0), weight, offset=m.start())
            for group, key, rule, rx, weight in _concept_patterns(rules) for m in rx.finditer(text)]


def header_spans(dtext: DocText) -> list[tuple[int, int]]:
    """Table header rows ('Charges | Not covered | Allowed | Plan pays'): a column named 'Not covered' says
    what the column holds, not why anything was denied."""
    from intake.layout import cells

    out = []
    for i, (start, ln) in enumerate(zip(dtext.starts, dtext.lines)):
        row = cells(ln)
        if len(row) >= 4 and not re.search(r"\d", ln.text) and all(len(c) <= 4 for c in row):
            out.append((start, start + len(ln.text)))
    return out


def panel_head_spans(dtext: DocText) -> list[tuple[int, int]]:
    """Column heads over a row of amounts ('In-network | Out-of-network' over deductibles): they name what a
    column holds, never why a line was denied (a paper's kind may still show in them: 'Amount Medicare paid')."""
    return [(start, start + len(ln.text)) for i, (start, ln) in enumerate(zip(dtext.starts, dtext.lines))
            if _over_amounts(dtext.lines, i)]


AMOUNT = re.compile(r"\d[\d,]*[.,]\d{2}(?!\d)")


def _over_amounts(lines: list, i: int) -> bool:
    """A line of words in cells, without a digit, over a row of three or more amounts (one more such line may sit
    between, a header wrapped): the column heads of a panel ('In-network | Out-of-network' over deductibles)."""
    from intake.layout import cells

    n = len(cells(lines[i]))
    if n < 2 or re.search(r"\d", lines[i].text) or len(lines[i].text.split()) > (24 if n >= 3 else 12):
        return False  # column heads stand apart by gaps (and run long when there are many); a sentence does not
    for nxt in lines[i + 1:i + 3]:
        if nxt.page != lines[i].page:
            return False
        if re.search(r"\d", nxt.text):
            return len(AMOUNT.findall(nxt.text)) >= 3
        if len(nxt.text.split()) > 12:
            return False
    return False


# a summary notice's box answered no ('Did Medicare approve all services? NO', '¿Aprobó Medicare todos los
# servicios? NO'): something on it was refused, though its question and answer read as two sentences
NOT_ALL_APPROVED = re.compile(r"\b(?:approve\s+all\s+(?:the\s+)?services|todos\s+los\s+servicios)\s*\?\s*no\b")
CONDITION_AFTER = re.compile(r"\s*(?:only\s+)?(?:when|if|unless|si|cuando|solo\s+si)\b")
# a service row's amounts, the row's note code last ('99214 Office visit 217.50 0.00 0.00 0.00 GS1')
PAID_NOTE = r"(?:Paid|Applied|Processed|Allowed|Covered|Pagado|Aplicado|Procesado)\b"  # a note saying what was paid
ROW_CODE = re.compile(r"\s(?P<code>[A-Z]{1,3}\d{1,3}|[A-Z]{2,3})\s*$")




def _zero_row_explained(texts: list[str]) -> bool:
    """An EOB row billed and then allowed and paid nothing (its first amount the charge, the next two 0.00), whose
    note code the legend explains in a sentence of its own ('GS1 This office visit took place within 90 days after
    ...'): a line refused, however plainly the legend puts it (never a row whose code the paper does not explain,
    nor one whose note says what was paid or applied: 'X19 Paid at the in-network rate', the member owing the rest)."""
    for text in texts:
        amounts = row_amounts(text)
        m = ROW_CODE.search(text)
        if m is None or len(amounts) < 3 or float(amounts[0]) <= 0 or amounts[1:3] != ["0.00", "0.00"] or \
                HELD_ROW.search(text):
            continue  # (a row held for records, 'PENDED', is not refused)
        if any(re.search(rf"(?:^|\.\s|\s)(?-i:{m.group('code')})(?:\s+|\s*[:\u2013-]\s*)(?!(?i:{PAID_NOTE}))"
                         rf"(?:(?-i:[A-Z])[a-z]+|(?<=:\s)[a-z]+)\s+\S+\s+\w+", t)
               for t in texts if t is not text):
            return True
    return False


# 'Number of services denied: 0', 'Denied amount: $0.00', 'Services denied: none': a count of nothing
NONE_DENIED = re.compile(r"(?:denied|denegad[oa]s?|not covered)\s*(?::\s*(?:0|\$0\.00|none|no|ninguno)|\s0|\s\$0\.00)(?![\w.,])"
                         # a denial said not to have happened: 'Nothing has been denied.', 'This claim is not denied.'
                         r"|nothing\s+(?:(?:in|on|of)\s+(?:this|your)\s+\w+\s+)?(?:has\s+been|was|is|will\s+be)\s+denied"
                         r"|\b(?:is|was|has|have|are|were)\s+not\s+(?:been\s+)?denied"
                         r"|\bno\s+(?:\w+\s+){1,5}(?:was|were|has\s+been|have\s+been|is|are)\s+denied"
                         r"|\bno\s+(?:se\s+)?(?:ha|han|hemos|fue|es)\s+(?:sido\s+)?(?:negad|denegad)[oa]s?"
                         r"|\bnada\s+(?:ha\s+sido|fue|se\s+ha)\s+(?:negad|denegad)[oa]")
# a warning about care not yet given ('days given after it ends without a new approval will not be paid',
# 'will not be covered unless the provider asks first'): a condition, no refusal of anything
CONDITIONAL_REFUSAL = re.compile(r"\b(?:without|absent)\s+(?:(?:a|an|the|prior|new|valid|written)\s+)*(?:approval|"
                                 r"authori[sz]ation|referral|pre-?certification)\b[^.;]{0,60}?\b(?:will|would|may)\s+"
                                 r"not\s+be\s+(?:paid|covered|approved)|\b(?:will|would|may)\s+not\s+be\s+(?:paid|"
                                 r"covered)\s+(?:unless|without)\b")
# a refusal said to be possible, in an if-clause of the present tense ('If your request is denied or not
# eligible, you will be told why', 'si su solicitud es negada'): a promise of what would follow, no decision
# ('Requests that are denied may be taken to ...': what happens to any such request, no decision either)
IF_REFUSAL = re.compile(r"(?:\b(?:if|should|si)\s+(?:[a-z']+\s+){0,4}?|\b(?:requests?|claims?|appeals?|disputes?|"
                        r"services?|items?)\s+(?:that|which)\s+)(?:is|are|gets?|becomes?|es|son|resulta)\s+"
                        r"(?:\w+\s+)?(?:denied|rejected|not\s+(?:eligible|covered|approved)|negad[oa]s?|denegad[oa]s?|"
                        r"rechazad[oa]s?|no\s+(?:es\s+)?elegibles?)\b[^,.;]{0,40}")
# a provider's network status printed as a tag after its name ('Marlow Ridge Hospital (out-of-network)'): a fact
# about who billed, not why a line was denied
NETWORK_TAG = re.compile(r"\((?:out|in)[\s-]*of[\s-]*network(?:[,;][^)\n]{0,40})?\)"
                         r"|\((?:fuera|dentro)\s+de\s+la\s+red(?:[,;][^)\n]{0,40})?\)")
# an unchecked box and its option ('[ ] Level of care changed' on a form where another box is ticked)
# ('[ ] The service is not a covered benefit': a typed form's empty box, to the end of its line)
UNCHECKED = re.compile("(?:[\u2610\u25a1]|\\[ ?\\](?= ))[^\u2610\u25a1\u2611\u2612\n\\[]*")


def unchecked_spans(text: str) -> list[tuple[int, int]]:
    """Pure: the options of a form's unchecked boxes say what was not decided."""
    return [(m.start(), m.end()) for m in UNCHECKED.finditer(text)]


OCR_BOX = {"o", "0", "oo", "ooo", "\u25a1", "\u2610", "[]", "[ ]", "c", "q"}
OPTION = re.compile(r"^[A-Z][\w /'\-]{2,40}:")


def ocr_unchecked_spans(dtext: DocText) -> list[tuple[int, int]]:
    """A checkbox list as OCR reads it: an empty box comes back as 'O' in a cell of its own before the
    option ('O | No referral: ...'). In a list of two or more such options, those options (to the end of
    their sentence) were not decided."""
    from intake.layout import cells

    found = []
    for start, ln in zip(dtext.starts, dtext.lines):
        row = cells(ln)
        if len(row) >= 2 and " ".join(w.text for w in row[0]).lower() in OCR_BOX and \
                OPTION.match(" ".join(w.text for w in row[1])):
            found.append(start)
    inline = [span for start, ln in zip(dtext.starts, dtext.lines) for span in _unchecked_cells(start, ln)]
    if len(found) < 2:
        return inline
    sentences = dtext.sentences()
    return inline + [next(((start, b) for a, b in sentences if a <= start < b), (start, start + 1)) for start in found]


# an empty box OCR read before an option in a row of options ('O Approved || [Denied || O Level of care changed')
BOX_CELL = re.compile(r"^(?:O|0|0O|OO|\(J|\[(?![Xx])|\[\s?\]|\u2610|\u25a1)\s?(?=[A-Z][a-z])")  # ('[Xx] Not ...': ticked)


def _unchecked_cells(start: int, ln) -> list[tuple[int, int]]:
    """The options of a one-line row of three or more checkbox options whose box OCR read as 'O' or '[': those
    cells were not ticked (a ticked box reads '&', 'X', '[X]', '[i')."""
    from intake.layout import cells

    row = cells(ln)
    texts = [" ".join(w.text for w in c) for c in row]
    boxed = [k for k, t in enumerate(texts) if BOX_CELL.match(t)]
    if len(row) < 3 or len(boxed) < 2:
        return []
    out, at = [], 0
    for k, t in enumerate(texts):
        pos = ln.text.find(t, at)
        if pos >= 0:
            if k in boxed:
                out.append((start + pos, start + pos + len(t)))
            at = pos + len(t)
    return out


def without_type_lists(cues: list[Cue], sentences: list[tuple[int, int]], folded: str) -> list[Cue]:
    """Pure: a sentence naming three kinds of denial, or two in a sentence about 'decisions', lists them
    ('Decisions about eligibility, network, benefit limits or filing limits go to ...'): it gives no
    reason, and its cues are dropped."""
    drop: set[int] = set()
    for a, b in sentences:
        inside = [q for q in cues if q.group == "DENIAL" and a <= q.offset < b]
        kinds = {q.key for q in inside}
        if (len(kinds) >= 3 and not THIS_REFUSED.search(folded[a:b])) or \
                (len(kinds) >= 2 and re.search(r"\bdecisions\b|\bdecisiones\b", folded[a:b])):
            drop.update(id(q) for q in inside)
    return [q for q in cues if id(q) not in drop]


# a sentence giving this claim's reason and its outcome ('... has no agreement with us, and a rash is not an
# emergency, so the consult is not covered'): however many kinds it names, no list of them
THIS_REFUSED = re.compile(r"\b(?:so|because|since)\s+(?:the|this|these|your|we|it|they)\b[^.]{0,60}?"
                          r"\b(?:(?:is|are|was|were)\s+not\s+(?:covered|paid|approved)|"
                          r"(?:did|do|can|could|will)\s*not\s+(?:pay|cover|approve)|cannot\s+(?:pay|cover|approve))\b")


# a filing limit stated as a rule for claims still to come ('Corrected claims ... must be sent within the timely
# filing limit', 'Claims must still meet the 180-day timely filing limit'), with no finding that a claim was late
FILING_RULE = re.compile(r"\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to|"
                         r"deben\s+(?:presentarse|enviarse|recibirse)|(?:is|are)\s+accepted\s+within|may\s+(?:be\s+)?(?:re)?submit\w*|"
                         r"corrected\s+claims?)\b")  # (never 'debe': 'Usted debe' heads what you owe)
LATE_FOUND = re.compile(r"\b(?:after|late|past|beyond|exceed\w*|expired|outside|untimely|did\s+not\s+meet|was\s+not\s+(?:filed|"
                        r"received|submitted)|were\s+not\s+(?:filed|received|submitted)|despues|tarde|fuera\s+de|vencio|vencido)\b")


def without_filing_rules(cues: list[Cue], sentences: list[tuple[int, int]], folded: str) -> list[Cue]:
    """Pure: timely-filing cues in a sentence that states the limit as an obligation and finds nothing late are
    instructions for the next claim, not the reason for this denial."""
    drop: set[int] = set()
    for a, b in sentences:
        inside = [q for q in cues if q.key == "timely_filing" and q.group in ("DENIAL", "CARC") and a <= q.offset < b]
        if inside and FILING_RULE.search(folded[a:b]) and not LATE_FOUND.search(folded[a:b]):
            drop.update(id(q) for q in inside)
    return [q for q in cues if id(q) not in drop]


def _with_concept_sentences(reasons: list[tuple[int, int]], cues: list[Cue],
                            sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pure: a sentence where a reason concept fired ('the surgeon is not in the plan's network') says
    why, even with no 'because' or 'denied' in it: it joins the reason sentences."""
    out = list(reasons)
    for a, b in sentences:
        if any(q.rule.startswith("denial.patterns.") and a <= q.offset < b for q in cues) and \
                not any(x <= a < y for x, y in out):
            out.append((a, b))
    return sorted(out)


def _inside(cue: Cue, spans: list[tuple[int, int]]) -> bool:
    return any(a <= cue.offset < b for a, b in spans)


CLAIM_LINE_MONEY = 3   # a service line of an EOB: charged, allowed, paid, owed ... on one line
CLAIM_LINE_WEIGHT = 2.5


def claim_line_cues(lines) -> list[Cue]:
    """Structure, not wording: lines with a date and three or more amounts are the service lines of an EOB's
    claims table. A letter states an amount or two; an EOB tabulates them, whatever its title says."""
    from intake.extract.dates import find_dates
    from intake.extract.money import find_money

    kinds = [_service_line(len(find_money(ln.text)), ln.text, find_dates) for ln in lines]
    rows = [k for k in kinds if k]
    if len(rows) >= 2:  # (an undated row counts half: an estimate tabulates its proposed lines too)
        weight = CLAIM_LINE_WEIGHT * min(rows.count("dated") + rows.count("undated") / 2, 3)
    elif "dated" in rows:
        weight = 1.0  # a letter may tabulate one line (an estimate's one undated line says nothing)
    else:
        return []
    return [Cue("DOC", "eob", "structure.claim_lines", f"{len(rows)} service line(s) with amounts", weight)]


def _service_line(amounts: int, text: str, find_dates) -> str:
    """'dated': three amounts and a date; 'undated': four amounts where the claim's heading carries the date
    ('97110 Training 3 318.00 187.30 149.76 37.44' under 'Claim 2 of 3 ... Service 01/31/2031'); '' for neither."""
    if amounts >= CLAIM_LINE_MONEY and find_dates(text):
        return "dated"
    if TOTAL_ROW.match(text):
        return ""  # ('Claim total $614.80 $0.00 $0.00 $0.00': the rows above it are the claim's lines)
    return "undated" if amounts >= UNDATED_LINE_MONEY and _amounts_in_a_run(text) else ""


TOTAL_ROW = re.compile(r"^\W*(?:claim\s+)?totals?\b", re.I)


AMOUNT_TOKEN = re.compile(r"\(?-?\$?\d[\d,.]*\d\)?")


def _amounts_in_a_run(text: str) -> bool:
    """A table row's amounts stand side by side to its end ('1,176.35 0.00 0.00 1,176.35 N21', a remark code
    after them at most); a sentence puts words between them ('Used to date $612.00. Remaining $764.00.')."""
    tokens = text.split()
    amount = [bool(AMOUNT_TOKEN.fullmatch(t.rstrip(".,;"))) and "." in t for t in tokens]
    first = next((i for i, a in enumerate(amount) if a), None)
    if first is None:
        return False
    words = [t for t, a in zip(tokens[first:], amount[first:]) if not a and t not in ("-", "$")]
    return len(words) <= 1


UNDATED_LINE_MONEY = 4


REASON_SAID = 6  # a reason phrase in the reason sentence ('this service is not covered'), weighted as such


PROVIDER_BILL = 6  # bill wording enough to call a paper the provider's own statement ('amount due', 'please pay')
PROVIDER_TITLE = 8  # a title line that names the paper a provider's own bill ('INVOICE', 'STATEMENT OF TRIPS')


SALUTATION = re.compile(r"^\W{0,3}(?:dear|estimad[oa]s?|querid[oa])\b[^\n]{2,60}[:,]\s*$", re.M)
CLOSING = re.compile(r"^\W{0,3}(?:sincerely|respectfully|regards|best\s+regards|yours\s+truly|atentamente|cordialmente|"
                     r"saludos)\b[^\n]{0,20}$", re.M)


def letter_form_cues(dtext: DocText) -> list[Cue]:
    """A salutation and a closing ('Dear Ana B. Example:' ... 'Sincerely,'): the paper is a letter, whatever table
    of claim lines it sets out; weighs nothing itself, decide() reads it (an EOB is no letter)."""
    greet = SALUTATION.search(dtext.folded)
    if greet is None or not CLOSING.search(dtext.folded, greet.end()):
        return []
    return [Cue("DOC", "letter_form", "structure.letter_form", greet.group(0).strip()[:40], 0.0, offset=greet.start())]


def provider_title_cues(doc, rules: RuleSet) -> list[Cue]:
    """A provider's own bill says so in its title ('ITEMIZED PATIENT STATEMENT', 'Estimate No. 12'): it decides
    nothing, whatever denial it passes on in its status column."""
    from intake.extract.insurer import provider_paper_title

    line = provider_paper_title(doc.pages[0], rules) if doc.pages else None
    return [Cue("DOC", "bill", "structure.provider_paper_title", line.text, PROVIDER_TITLE)] if line else []


LETTER_OVER_TABLE = 4  # a clear refusal in a letter's own words outweighs the claim table it sets out
PARTLY_DENIED = 4  # a clear denial phrase beside an approval: 'we approved 12 visits; the other 12 are denied'


def approved_and_denied(cues: list[Cue], sentences: list[tuple[int, int]]) -> list[Cue]:
    """Pure: one sentence that both approves and denies ('we approved the test at the clinic and denied the
    hospital setting') is a partial denial, which is a denial, however much approval wording the letter has."""
    out = []
    for a, b in sentences:
        inside = [q for q in cues if q.group == "DOC" and a <= q.offset < b and
                  q.weight >= (5 if q.key == "other" else 3)]
        # (approval phrases weigh 5 or more, 'refill', 'pharmacy' approve nothing; a title's hint, 'Coverage
        # Determination', refuses nothing)
        said = {q.key for q in inside}
        if {"other", "denial_letter"} <= said:
            text = next(q.text for q in inside if q.key == "denial_letter")
            out.append(Cue("DOC", "denial_letter", "structure.approved_and_denied", text, PARTLY_DENIED, offset=a))
    return out[:1]


PAYER_VOICE_BILL = 0.5  # bill wording weighs half beside a refusal in the payer's own voice
WEAK_OTHER = 1.0  # the most another kind's words may weigh beside a plain refusal that offers an appeal
PAYER_VOICE = re.compile(r"^(?:we|we've|no\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:podemos|pagaremos|pagamos|pagara|vamos\s+a\s+pagar))\b")


def _payer_refuses(cues: list[Cue]) -> bool:
    """A refusal in the payer's own voice ('we cannot pay', 'we have not paid', 'no podemos pagar')."""
    return any(q.group == "DOC" and q.key == "denial_letter" and q.weight >= 3 and PAYER_VOICE.match(q.text.lower())
               for q in cues)


def _strong_reason(cues: list[Cue], refused: bool = False) -> bool:
    """A clear reason for a denial ('not medically necessary') said in the letter's reason: a denial letter
    even when it never uses a word like 'denied'. A milder reason phrase ('is not covered') counts too when the
    letter's own sentences say something was refused and it offers an appeal (`refused`)."""
    if any(q.group == "DENIAL" and q.weight >= 8 for q in cues):
        return True
    if any(q.group == "CARC" and q.rule.endswith("(in the reason)") and q.weight >= 8 for q in cues):
        return True  # a denying claim adjustment code cited in the reason ('CO-96 ... not covered')
    said = sum(q.weight for q in cues if q.group == "DENIAL" and q.rule.endswith("(in the reason)"))
    return refused and said >= REASON_SAID


def decide(cues: list[Cue], eob_denied: bool, appealable: bool = False) -> Classification:
    """Pure decision from cues: unit-tested without pages or OCR. `eob_denied`: a sentence outside the rights
    inserts says something was not paid or covered; `appealable`: the document offers a way to contest it."""
    c = Cues(cues)
    doc = c.score("DOC")
    denial = c.score("DENIAL") + c.score("CARC")
    plan = c.score("PLAN")
    reasons = []
    overturn, advance, bill, appellant = doc["overturn"], doc["advance"], _bill_weight(doc, cues), doc["appellant"]
    kinds = _kinds(doc, cues)
    eob, letter, other = kinds["eob"], kinds["denial_letter"], kinds["other"]
    # an overturn recounts the denial it reverses; an advance notice warns of one that has not happened; the
    # appellant's own request form quotes the denial it contests
    # a refusal said in the letter's own words, with its reason and a way to appeal it, is a partial denial
    # however much approval wording surrounds it ('we approved 6 visits ... we did not pay for the rest')
    refused = eob_denied and appealable and doc["other"] > eob and _strong_reason(cues, True)
    # (where approval wording outweighs the denial's, only a paper that offers a way to contest it is a partial
    # denial: an approval that recounts an earlier refusal, 'the earlier request was denied', offers none)
    partly = (letter >= PARTLY_DENIED or refused) and not overturn and not advance and appellant < 6 and \
        (appealable or other <= letter)
    titled = any(q.rule == "structure.provider_paper_title" for q in cues)  # (its title says so, whatever it quotes)
    lettered = any(q.rule == "structure.letter_form" for q in cues)  # ('Dear ...:' to 'Sincerely,')
    if bill >= PROVIDER_BILL and (titled or bill >= 0.5 * max(letter, eob)):
        document_type = "other"  # a provider's statement quoting the plan's denial decides nothing itself
    elif other >= 6 and other > max(eob, letter) and not partly:
        document_type = "other"  # an approval or overturn that mentions the earlier denial or a coming EOB
    elif eob >= 6 and eob >= letter * 0.75 and not (lettered and letter >= LETTER_OVER_TABLE):
        document_type = "eob"  # (a letter that sets out its claim lines in a table is still a letter)
    elif (letter >= 4 and letter >= other) or partly:
        document_type = "denial_letter"  # (a partial denial is a denial)
    elif eob_denied and (appealable or lettered) and other <= WEAK_OTHER and eob < 4:
        document_type = "denial_letter"  # a refusal in plain words with a way to contest it, nothing approved or billed
        # (one weak word of another kind, a 'pharmacy' or an invoice spoken of, approves or bills nothing; a letter
        # from 'Dear' to its signature that refuses in its own sentences is one, appeal rights printed or not)
    elif (other >= 3 and not (other < 6 and appealable and _strong_reason(cues, eob_denied))) or \
            (eob < 4 and letter < 4 and not _strong_reason(cues, eob_denied and appealable)):
        document_type = "other"  # (a clear reason with a way to appeal it outweighs one mild 'amount due')
    elif letter < 4 and eob < 4:
        document_type = "denial_letter"
    else:
        document_type = "eob" if eob >= letter else "denial_letter"
    reasons.append(f"document scores eob={eob:g} denial_letter={letter:g} other={other:g}")
    denial_type = None
    strong = any(q.group == "DENIAL" and q.weight >= 4 for q in cues)
    # (a statement of a corrected or reprocessed claim names the denial it replaces and refuses nothing new)
    denies = document_type == "denial_letter" or (document_type == "eob" and (eob_denied or c.score("CARC")
                                                                               or (strong and overturn < 6)))
    if denies:
        denial_type = denial.most_common(1)[0][0] if denial else "other"
        reasons.append("denial scores " + ", ".join(f"{k}={v:g}" for k, v in denial.most_common(4)))
    evidence = [cue.text for cue in cues if cue.group in ("DENIAL", "CARC") and cue.key == denial_type]
    evidence = list(dict.fromkeys(evidence))
    best_plan = plan.most_common(2)
    plan_type = "unknown"
    if best_plan and best_plan[0][1] >= 3 and (len(best_plan) == 1 or best_plan[0][1] > best_plan[1][1]):
        plan_type = best_plan[0][0]
    return Classification(document_type=document_type, denial_type=denial_type, denial_evidence=evidence,
                          plan_type=plan_type, reasons=reasons, denial_scores=dict(denial) if denies else {})


def _top_end(dtext: DocText, doc) -> int:
    first = doc.pages[0]
    for start, line in zip(dtext.starts, dtext.lines):
        if line.page != first.number or line.bbox[1] > TOP_FRACTION * first.height:
            return start
    return len(dtext.text)


MODEL_SURE = 0.5      # the model decides alone where the rules found no reason and it is this sure
MODEL_OVERRULES = 0.8  # ... and overrules a weak rule verdict only when this sure
WEAK_RULES = 6.0       # a rule verdict resting on less than one reason-sentence cue (weight x 3) is weak


def combine_denial(rule_scores: dict[str, float], probs: dict[str, float]) -> tuple[str, str]:
    """Pure: the denial type from the rules' scores and the model's probabilities, and which decided.

    The rules keep a clear verdict (a reason phrase in the reason sentence); where they found nothing, or only
    stray cues, the model's reading of the reason sentences decides when it is sure enough."""
    best_rule = max(rule_scores, key=rule_scores.get) if rule_scores else None
    best_model = max(probs, key=probs.get) if probs else None
    strength = rule_scores.get(best_rule, 0.0) if best_rule else 0.0
    if best_model and best_model != best_rule:
        if best_rule is None and probs[best_model] >= MODEL_SURE:
            return best_model, "model"
        if strength < WEAK_RULES and probs[best_model] >= MODEL_OVERRULES:
            return best_model, "model"
    return (best_rule or "other"), "rules"


def model_can_decide(rule_scores: dict[str, float]) -> bool:
    """Pure: whether combine_denial could let the model decide at all (rules found nothing, or only stray
    cues); a clear rule verdict stands whatever the model reads."""
    return not rule_scores or max(rule_scores.values()) < WEAK_RULES


def _apply_model(result: Classification, text: str) -> None:
    """Let the trained reason model decide where the rules could not (see combine_denial)."""
    from intake.denial_model import default_path, load

    if result.denial_type is None or not model_can_decide(result.denial_scores):
        return  # combine_denial would keep the rules' verdict: the model is not even loaded
    model = load(default_path())
    if model is None:
        return
    probs = model.probabilities(text)
    choice, how = combine_denial(result.denial_scores, probs)
    if how == "model" and choice != result.denial_type:
        result.denial_type = choice
        words = model.why(text, choice)
        result.reasons.append(f"denial model: {choice} p={probs[choice]:.2f} from words {', '.join(words)}")
        result.denial_evidence = []
        log.debug("classify: denial model decided %s", choice)


def _model_evidence(dtext: DocText, reasons: list[tuple[int, int]]) -> list[str]:
    """A model decision's evidence is the first reason sentence it read."""
    return [re.sub(r"\s+", " ", dtext.text[a:b]).strip()[:240] for a, b in reasons[:1]]


def classify(doc, rules: RuleSet, use_model: bool = True, scorers: bool = True) -> Classification:
    """The document's kind and denial type: the phrase rules' verdict, then (use_model) the reason model and the
    trained scorers (`intake.scorers`) over it."""
    return classify_with_inputs(doc, rules, use_model, scorers)[0]


def classify_with_inputs(doc, rules: RuleSet, use_model: bool = True,
                         scorers: bool = True) -> tuple[Classification, ScorerInputs | None]:
    """classify, and what the trained scorers read (their trainer collects it with scorers=False)."""
    lines = [ln for ln in doc.lines if ln.words]
    if not lines:
        return Classification("other", None, reasons=["no text"]), None
    dtext = DocText(reading_lines(doc))
    lang = detect_language(dtext.text, rules)
    ticked, unticked = box_spans(dtext.starts, dtext.lines)
    skip = boilerplate_spans(dtext, rules) + unticked + \
        unused_entry_spans([ln.text for ln in dtext.lines], dtext.starts)  # (a form's empty boxes; a code
    # list's entries for codes no row prints)

    def deciding(cue: Cue) -> bool:
        return not any(a <= cue.offset < b for a, b in skip)

    ocr = any(p.method == "ocr" for p in doc.pages)  # a text layer has no OCR slips to forgive
    cues = phrase_cues(dtext, _top_end(dtext, doc), rules, lang, ocr) + carc_cues(dtext, rules) + \
        concept_cues(dtext, rules)
    headers = header_spans(dtext) + unchecked_spans(dtext.text) + ocr_unchecked_spans(dtext) + \
        [(m.start(), m.end()) for m in NONE_DENIED.finditer(dtext.folded)] + \
        [(m.start(), m.end()) for m in NETWORK_TAG.finditer(dtext.folded)] + \
        [(m.start(), m.end()) for m in CONDITIONAL_REFUSAL.finditer(dtext.folded)] + \
        [(m.start(), m.end()) for m in IF_REFUSAL.finditer(dtext.folded)]
    headers = [(a, b) for a, b in headers  # (a ticked option on a row of short cells: the decision, no header)
               if "\n" in dtext.text[a:b] or not any(x < b and a < y for x, y in ticked)]
    panel_heads = panel_head_spans(dtext)
    # (a bill's own column heads, 'STATEMENT DATE | ACCOUNT | PATIENT | BALANCE DUE', say what the paper is)
    cues = [q for q in cues if q.group == "PLAN" or (deciding(q) and (not _inside(q, headers) or q.key == "bill"))]
    cues = [q for q in cues if q.group not in ("DENIAL", "CARC") or not _inside(q, panel_heads)]
    sentences = dtext.sentences()
    cues = without_filing_rules(without_type_lists(cues, sentences, dtext.folded), sentences, dtext.folded)
    cues += claim_line_cues(lines) + approved_and_denied(cues, sentences) + provider_title_cues(doc, rules) + \
        letter_form_cues(dtext)
    reasons = _with_concept_sentences(reason_spans(dtext, rules, skip), cues, sentences) + \
        refused_entry_spans([ln.text for ln in dtext.lines], dtext.starts)  # (a refused row's code, explained)
    for q in cues:
        if q.group in ("DENIAL", "CARC") and any(a <= q.offset < b for a, b in reasons):
            q.weight *= rules.denial_types.reason.weight
            q.rule += " (in the reason)"
    eob_words = [fold(w) for w in rules.documents.eob_denial]
    kept = [(a, b) for a, b in sentences if not any(x <= a < y for x, y in skip + headers)]
    said = [IF_REFUSAL.sub(" ", CONDITIONAL_REFUSAL.sub(" ", NONE_DENIED.sub(" ", dtext.folded[a:b])))
            for a, b in kept]  # ('Not
    # covered $0.00' and a warning about later care say nothing was refused)
    eob_denied = any(w in text for text in said for w in eob_words) or bool(NOT_ALL_APPROVED.search(dtext.folded)) or \
        _zero_row_explained([ln.text for ln in lines])
    flat = " ".join(dtext.folded.split())  # ('External' / 'review' broken over two lines is one phrase)
    appealable = any(fold(w) in flat for w in rules.documents.appeal_words)
    result = decide(cues, eob_denied, appealable)
    result.denial_evidence = _reason_sentences(result, cues, reasons, dtext)
    if use_model:
        _apply_model(result, reason_text(dtext, reasons, skip))
        if not result.denial_evidence and result.denial_type:
            result.denial_evidence = _model_evidence(dtext, reasons)
    result.language = lang
    for cue in cues:
        log.debug("classify: rule %s fired", cue.rule)
    inputs = scorer_inputs(dtext.folded, cues, eob_denied, appealable, result)
    if use_model and scorers and apply_scorers(result, inputs):
        log.debug("classify: scorers decided %s / %s", result.document_type, result.denial_type)
        result.denial_evidence = _reason_sentences(result, cues, reasons, dtext) if result.denial_type else []
        if not result.denial_evidence and result.denial_type:
            result.denial_evidence = _model_evidence(dtext, reasons)
    return result, inputs


def scorer_inputs(folded: str, cues: list[Cue], eob_denied: bool, appealable: bool,
                  verdict: Classification) -> ScorerInputs:
    """Pure: what the trained scorers read beside the words: the rules' kind scores, flags and verdict."""
    reason_scores: Counter = Counter()
    for q in cues:
        if q.group in ("DENIAL", "CARC"):
            reason_scores[q.key] += q.weight
    return ScorerInputs(folded[:DENIAL_CHARS], kind_scores(cues), eob_denied, appealable, verdict.document_type,
                        verdict.denial_type, dict(reason_scores))


def kind_scores(cues: list[Cue]) -> dict[str, float]:
    """Pure: the rules' weight for each kind of paper, as decide weighs them."""
    return _kinds(Cues(cues).score("DOC"), cues)


def _kinds(doc, cues: list[Cue]) -> dict[str, float]:
    return {"eob": doc["eob"], "denial_letter": doc["denial_letter"],
            "other": doc["other"] + doc["overturn"] + doc["advance"] + _bill_weight(doc, cues) + doc["appellant"]}


def _bill_weight(doc, cues: list[Cue]) -> float:
    """A bill's cue weight; lowered where the payer speaks of the bill it refuses ('We cannot pay this invoice',
    'we have not paid the hospital's invoice'): a bill's own words never refuse it in the first person."""
    return doc["bill"] * (PAYER_VOICE_BILL if _payer_refuses(cues) else 1)
