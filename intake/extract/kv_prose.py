"""Label-value pairs in sentences ('your member ID is QX123', 'claim number 123 from ...'): the value after
its label words, never another party's number."""

from __future__ import annotations

import re

from intake.extract.kv_labels import SENTENCE_WORD_END, _run, _sentence_end, prose_row
from intake.extract.kv_types import Cell, DIGIT, KVIndex, Label, NUMBER_WORDS, Pair
from intake.extract.lexicon import CONNECTOR, Lexicon
from intake.extract.text import fold
from intake.model import Line, Word


def _run_on(ix: KVIndex, lines: list[Line], n: int, more: int) -> list[Word]:
    """A sentence's value that runs on over the line's end ('Your member number with Example Senior Advantage'
    over '(HMO) is W123'): the next line's first words, on the same page, both lines running text (one cell
    each: a table's header runs on into its rows, not into a sentence)."""
    if more <= 0 or n + 1 >= len(lines) or lines[n + 1].page != lines[n].page or \
            any(DIGIT.search(w.text) for w in lines[n].words[-(6 - more):] if 6 - more):
        return []  # (a number already on the line is the value, whatever the next line opens with)
    nxt = lines[n + 1].words
    if len(ix.cells.get(id(lines[n]), ())) != 1 or len(ix.cells.get(id(lines[n + 1]), ())) != 1 or len(nxt) < 4 or \
            lines[n].words[-1].text.endswith((".", ":", ";")) or not any(w.text.islower() for w in nxt[:3]):
        return []  # (nor into a form's code under a signature, nor past the sentence's end: the sentence goes on
    return list(nxt[:more])  # in small words, '(HMO) is W123')


def _wrapped_value(lines: list[Line], n: int, fillers: bool = True) -> Cell | None:
    """A sentence's label at the end of its line, its number opening the next ('The center sent us claim' over
    '8113662504K for $91.37', 'The claim' over 'number is CR123'), or a sidebar's caption over its value: the next
    line's first words after the label's own ('number is'), when it follows on the same page and opens with a digit."""
    if n + 1 >= len(lines) or lines[n + 1].page != lines[n].page or not lines[n + 1].words:
        return None
    nxt = lines[n + 1]
    k = 0  # ('The claim' over 'number is CR123 and ...': the label's own words run on before its number)
    while fillers and k < min(3, len(nxt.words) - 1) and fold(nxt.words[k].text).strip("(),:") in WRAP_FILLERS:
        k += 1
    return Cell(nxt.words[k:k + 6], nxt) if DIGIT.search(nxt.words[k].text) else None


OTHER_PARTY = frozenset({"their", "his", "her", "its"})
QUALIFIERS = frozenset({"with", "under", "for", "at", "con", "en", "para"})
COPULAS = frozenset({"is", "was", "es", "era"})


def _past_qualifier(words: list[Word], j: int, classes: frozenset, lex: Lexicon) -> int:
    """'your member number with Example Advantage Plan (PPO) is X123': an ID's label, the plan or case it is
    for, then 'is' and the value; the value starts after the 'is' (a few words on, in the same line)."""
    if j >= len(words) or not (fold(words[j].text) in QUALIFIERS or j and fold(words[j - 1].text) in QUALIFIERS):
        return j  # (the run of label words may have taken the 'with' as a connector)
    scores = lex.field_scores(classes)
    if not scores or scores[0].field not in ID_FIELDS:
        return j
    for k in range(j + 1, min(j + 10, len(words) - 1)):
        if fold(words[k].text) in COPULAS:
            return k + 1
        if _sentence_end(words[k].text):
            break
    return j


NUMBERED_THINGS = frozenset({"claim", "case", "appeal", "ref"})
# words that make a claim's number someone else's or some other paper's
OTHER_OWNERS = frozenset({"npi", "contact", "account", "rx", "form", "patient", "holder", "sponsor", "program",
                          "provider", "group", "plan", "staff"})


def _numbered_tail(words: list[Word], i: int, end: int, classes: frozenset, lex: Lexicon) -> tuple[int, frozenset]:
    """'our denial of claim number X': a run naming no field as a whole ('denial' is a notice's word too) still
    ends in a claim's, a case's or an appeal's number; that tail is the label."""
    if end - i < 2 or lex.field_scores(classes):
        return i, classes
    if end - i >= 3 and fold(words[end - 1].text).strip(":") in NUMBER_WORDS:
        got = lex.word_classes(words[end - 2].text)
        if got and got & NUMBERED_THINGS:  # ('Example Medicine Group, Claim number X': the claim's own label)
            return end - 2, frozenset(got | (lex.word_classes(words[end - 1].text) or set()))
        return i, classes
    if _owned_by_another(words, i, end, lex) or any(fold(w.text).strip(",.") in ("paid", "processed")
                                                     for w in words[i:end]):
        return i, classes  # ('Surgeon NPI on the claim 123', 'we paid claim 456': a number of another's)
    got = lex.word_classes(words[end - 1].text.rstrip(",")) or frozenset()
    after = [fold(w.text).strip("(),:") for w in words[end:end + 3]]
    if got & NUMBERED_THINGS and any(a in NUMBER_WORDS for a in after):
        return end - 1, frozenset(got | {"head"})  # 'we received your appeal, which we numbered X'
    nxt = words[end].text if end < len(words) else ""
    if got & NUMBERED_THINGS and not nxt.startswith("(") and DIGIT.search(nxt) and \
            (re.search(r"[A-Za-z]", nxt) or len(re.findall(r"\d", nxt)) >= 7):
        return end - 1, frozenset(got)  # 'our decision of reference TLR-1234': the reference's own number
    return i, classes


def _owned_by_another(words: list[Word], i: int, end: int, lex: Lexicon) -> bool:
    """A word naming someone else's number ('NPI', 'surgeon', 'group') in the same phrase as the claim word, not
    parted from it by a bar or a bracket ('Example Program | Claim 123' heads the program's claim; 'Example Medical
    Group, claim 456' in running text is the group's)."""
    for k in range(end - 2, i - 1, -1):
        text = words[k].text
        if text in ("|", "-", "\u2013") or text.endswith((":", ";", ")")):
            return False
        if (lex.word_classes(text) or set()) & OTHER_OWNERS:
            return True
    return False


def _words_before(value: Cell) -> list[Word]:
    """The words of a wrapped value's line before the value ('number is' before 'CR123')."""
    return value.line.words[:value.line.words.index(value.words[0])] if value.words else []


DATE_FIELDS = frozenset({"denial_date", "service_dates", "appeal_deadline"})
ID_FIELDS = frozenset({"member_id", "group_number", "plan_id", "case_numbers"})
# the words that name this case's own number in a sentence without 'number' ('under request PA-1234567',
# '(reference UM1234567)', 'your appeal as APL-123456'); never 'authorization X' (often another part's approval:
# 'approved under authorization X'), a review organisation's 'file', a coverage policy's 'determination L1234'
# ('our decision on precertification PC-1234567', 'Informal review IR-26-12345': a review's or a precertification's
# own coded number is the case's too, as is a case's: 'Re: Ana Reyes, Member ID X, Case UM-...')
CASE_WORDS = frozenset({"reference", "ref", "request", "appeal", "referencia", "solicitud", "apelacion", "review",
                        "revision", "precertification", "precert", "pre-certification", "preauthorization",
                        "pre-authorization", "predetermination", "case", "caso", "precertificacion",
                        "preautorizacion"})


# a number in a code's letters and digits ('PA-12345678', 'UM12345678', 'APL-123456'): no date, amount or count
# ('QD-2031-80001': a year's four digits, then the serial)
CODED_NUMBER = re.compile(r"[A-Z]{1,5}-?(?:\d{5,}|\d{2,4}-\d{4,})(?:-[A-Z0-9]+)?|"
                          r"\d{2,5}[A-Z]{1,3}\d{4,}")  # (or digits, letters, digits: '512QX40288')


def _coded_case(words: list[Word], end: int, value: list[Word]) -> bool:
    """A case word, then (after fillers, on this line or the next) a number in a code's letters and digits."""
    return bool(value) and fold(words[end - 1].text).strip("(),:;.").lower() in CASE_WORDS and \
        bool(CODED_NUMBER.fullmatch(value[0].text.strip(".,;:()")))


def _wraps(classes: frozenset, lex: Lexicon, line_words: int) -> bool:
    """Whose label looks for its value on the next line: any caption alone on a short line (a sidebar's 'DECISION
    DATE' over its day), and any label ending a sentence but a date's ('its notice dated' over an earlier notice's
    day is too often another paper's) or a plan's name ('... Example Medicare Plans' over a form's code)."""
    scores = lex.field_scores(classes)
    if not scores or "plan" in classes and not classes & {"ident", "head"}:
        return False
    return scores[0].field not in DATE_FIELDS or line_words <= 4


# the last word of a plan's own name, before its 'Plan' ('Example Health Plan ID ...' on a provider's statement)
ORG_BEFORE_PLAN = frozenset({"health", "dental", "benefit", "benefits", "care", "medical", "vision", "insurance"})
FILLERS = {"is", "was", "are", "were", "of", "number", "no", "no.", "#", ":", "-", "(", ",", "the", "your", "our",
           "es", "el", "la", "su", "de", "del", "numero"}


# and before an ID ('logged your appeal as number X', 'your appeal, which we numbered X', 'filed under number X')
ID_FILLERS = {"as", "under", "which", "we", "numbered"}
WRAP_FILLERS = FILLERS | {"numbered"}  # the label's own words opening the next line ('number is', 'numbered')


def _id_prefix_filler(text: str) -> bool:
    """'Medicaid ID AS 3100 ...': a filler word in capitals ('AS', a territory's letters) is the ID's prefix."""
    return text.isupper() and fold(text) in ID_FILLERS


def prose_pairs(ix: KVIndex, lines: list[Line], lex: Lexicon) -> list[Pair]:
    """Labels inside running text: 'your claim (reference 12-345678) for ...', 'Member number ABC 123 456 78 -'.

    A run of label words anywhere in a line, then (after a few filler words) the next words as the value."""
    out = []
    for n, ln in enumerate(lines):
        words = ln.words
        i = 0
        while i < len(words):
            end, classes, _ = _run(Cell(words, ln), i, lex)
            i, classes = _numbered_tail(words, i, end, classes, lex)
            opened = next((k for k in range(i + 1, end) if words[k].text.startswith("(")), None)
            inner = _run(Cell(words, ln), opened, lex) if opened is not None else None
            if inner is not None and (inner[2] or not lex.field_scores(classes) and lex.field_scores(inner[1]) and
                                      "head" in inner[1] and inner[0] - opened >= 2):
                i = opened  # 'services (Estimated cost: ...)': a label of its own inside the brackets, not
                continue    # 'claim (reference 12-345)', the claim's reference; nor 'benefit (member number': the
                # words before the bracket name nothing, the bracket's caption does (a caption's own words and its
                # number word: 'CMS CERT (CCN)' over a form's box is the certificate's, no claim's)
            if end > i and i and fold(words[i].text).strip(",.:;") == "plan" and \
                    fold(words[i - 1].text) in ORG_BEFORE_PLAN and words[i - 1].text[:1].isupper():
                i += 1  # 'Example Valley Health Plan ID X1234': the plan's name ends there; 'ID' is a label alone
                continue
            if end > i and SENTENCE_WORD_END.fullmatch(words[end - 1].text) and \
                    "head" not in (lex.word_classes(words[end - 1].text) or ()):
                i = end  # '... at Example General Hospital. Our reference': a sentence's last word labels nothing
                continue  # (OCR's 'Member number. QX123' reads its colon as a stop: that label stands)
            first = lex.word_classes(words[i].text) if end > i else None
            # a label opens with the word that says whose or what ('Member number'), or, in Spanish order, with
            # 'número' before it ('el número de identificación de miembro es ...')
            if end > i and classes - {CONNECTOR, "head"} and first and (first - {CONNECTOR, "head"} or "head" in first):
                j = end
                top = lex.field_scores(classes)
                fillers = FILLERS | ID_FILLERS if top and top[0].field in ID_FIELDS else FILLERS
                while j < len(words) and j - end < 3 and fold(words[j].text).strip("(),:") in fillers | {""} and \
                        not _id_prefix_filler(words[j].text):
                    j += 1
                j = _past_qualifier(words, j, classes, lex)
                theirs = bool(i) and fold(words[i - 1].text).strip("(") in OTHER_PARTY  # ('their claim' over 'number X')
                wrapped = _wrapped_value(lines, n, not theirs) if j == len(words) and _wraps(classes, lex, len(words)) and \
                    (len(ix.cells.get(id(ln), ())) < 3 or prose_row(words)) else None  # (a table's header row
                # goes on in its columns; a justified sentence's wide gaps make no columns)
                if j < len(words) or wrapped is not None:
                    between = words[end:j] if j < len(words) else _words_before(wrapped)
                    if any(fold(w.text).strip("(),:") in NUMBER_WORDS for w in between) or \
                            _coded_case(words, end, words[j:] if j < len(words) else wrapped.words):
                        classes = classes | {"head"}  # 'your appeal the number APL-1': the appeal's number; and
                        # 'under request PA-12345', '(reference UM123456)': a case word before a coded number
                    scores = lex.field_scores(classes)
                    if scores:
                        lab = Label(Cell(words, ln), i, end, False, classes, scores)
                        more = 6 - len(words[j:j + 6]) if scores[0].field in ID_FIELDS else 0  # (an ID's shape
                        value = Cell(words[j:j + 6] + _run_on(ix, lines, n, more), ln) \
                            if j < len(words) else wrapped  # tells it apart; a date may be any step's)
                        out.append(Pair(lab, value, "sentence"))
                i = end
                continue
            i += 1
    return out
