"""Label words in a cell: where a label starts and ends, which fields its words name (lexicon.py), and the
rows that are prose, headings or a 'Re:' line rather than labels."""

from __future__ import annotations

import re

from intake.extract.dates import MONTHS
from intake.extract.ids import is_id
from intake.extract.kv_types import (
    BOX_LETTER, Cell, DIGIT, KVIndex, Label, MAX_LABEL_WORDS, NO_VALUE, NUMBER_WORDS, PROSE_BEFORE, RE_LINE,
    DASHES, _classes_of, _slash_parts, caption_parts
)
from intake.extract.lexicon import CONNECTOR, Lexicon, ends_label
from intake.extract.text import fold
from intake.model import Word


def _names_a_number(cell: Cell, lex: Lexicon) -> bool:
    """'BLACK LUNG ID', 'Bill number' beside a label in a header row: a short cell without a digit ending in
    'ID' or 'number' is the caption of a number we have no word for, never the value of the label before it."""
    words = cell.words
    if not words or len(words) > 4 or DIGIT.search(cell.text):
        return False
    last = lex.word_classes(words[-1].text, words[-1].conf) or frozenset()
    return "head" in last and len(words) > 1


def _value_like(word: str) -> bool:
    return bool(DIGIT.search(word)) or word.startswith(("#", "$"))


def _id_prefix(words: list[Word], j: int) -> bool:
    """'GRP - 8623', 'MCD -4417': capitals before a dash and digits begin an ID, they are no label."""
    w = words[j].text
    if not (w.isalpha() and w.isupper() and len(w) <= 4) or j + 1 >= len(words):
        return False
    nxt = words[j + 1].text
    return nxt.startswith("-") and (any(ch.isdigit() for ch in nxt) or
                                    (j + 2 < len(words) and words[j + 2].text[:1].isdigit()))


def _word_at(words: list[Word], j: int, lex: Lexicon) -> tuple[frozenset | None, int, str]:
    """Label classes of the word at j, or of it joined to the next when OCR split it ('E mployer'). 'on file'
    ('Insurance on file', 'None on file') says a thing is held, it names no file's number."""
    if j and fold(words[j].text).strip(":.,;") in ("file", "archivo") and fold(words[j - 1].text) in ("on", "en"):
        return None, 1, words[j].text
    got = lex.word_classes(words[j].text, words[j].conf)
    if got is None and j + 1 < len(words) and words[j + 1].text[:1].islower():
        joined = words[j].text + words[j + 1].text
        both = lex.word_classes(joined, min(words[j].conf, words[j + 1].conf))
        if both is not None:
            return both, 2, joined
    return got, 1, words[j].text


SENTENCE_WORD_END = re.compile(r"[a-z]{4,}\)?\.|[A-Z][a-z]{5,}\)?\.")  # ("... General Hospital. Our reference",
# "... ($12.34 billed). Your"; no "Dept.")
PA_ONLY = frozenset({"pa_abbrev"})
# a label's last word in capitals, or a program's name in mixed capitals ('Numero de ExRx:'), its colon after it
ACRONYM_END = re.compile(r"[A-Z]{2,5}:|(?=[A-Za-z]*[a-z])[A-Z][a-z]*[A-Z][A-Za-z]{0,10}:")
ACRONYM = re.compile(r"[A-Z]{2,6}")


def _run(cell: Cell, i: int, lex: Lexicon) -> tuple[int, frozenset, bool]:
    """The longest run of label words from word i: (end, classes, ended with a colon)."""
    classes: set[str] = set()
    j = i
    while j < len(cell.words) and j - i < MAX_LABEL_WORDS:
        got, width, text = _word_at(cell.words, j, lex)
        if got is None and fold(text).strip(":") == "pa" and j + 1 < len(cell.words) and \
                fold(cell.words[j + 1].text).strip(":") in NUMBER_WORDS:
            got = PA_ONLY  # 'PA number:' names a prior authorization's number; 'PA' alone is a state or a prefix
        if got is None and classes - {CONNECTOR} and ACRONYM_END.fullmatch(text):
            return j + 1, frozenset(classes), True  # 'Agencia PCM:', 'Provider TIN:': a program's letters end it
        if got is None and classes - {CONNECTOR} and j == len(cell.words) - 1 and ACRONYM.fullmatch(text) and \
                j > i and fold(cell.words[j - 1].text) in ("de", "del", "of"):
            return j + 1, frozenset(classes), False  # a header cell 'IDENTIFICACION DE AHCCCS': whose number it is
        if got is None and classes - {CONNECTOR} and _aside_in_label(cell.words, j, lex):
            j += 1  # 'Medi-Cal ID (BIC) No.': the bracketed letters name the card, the label goes on after them
            continue
        if got is None and _id_read_as_ten(cell.words, j, classes):
            got = lex.word_classes("ID")
        elif got is None and text == "$" and classes & NUMBER_OWNERS:
            got = lex.word_classes("#")  # ('Claim $': a fax's '#' read as a dollar sign)
        qualified = _qualifier_end(cell.words, j) if got is None and classes - {CONNECTOR} else 0
        if qualified:
            return qualified, frozenset(classes), True  # 'Proveedor (doula):': the bracket qualifies the label
        if got is None or _id_prefix(cell.words, j) or _date_label_then_month(cell.words, j, classes, start=i):
            break  # ('Service date May 14, 2031': the month opens the value, it is no 'may')
        classes |= got
        j += width
        if ends_label(text) or (text.strip() == "|" and classes - {CONNECTOR} and _opens_a_fact(cell.words, i)):
            return j, frozenset(classes), True  # ('Provider | Example Hospice': a drawn rule read as '|', as a colon)
        if _dash_as_colon(cell.words, i, j, text, classes, lex):
            return j, frozenset(classes), True
        if SENTENCE_WORD_END.fullmatch(text) and j < len(cell.words) and cell.words[j].text[:1].isupper():
            break  # '... for these visits. Your member number': a sentence ends there, and a label with it
    if j - i > 1 and got is None and _letter_of_value(cell.words[j - 1].text):
        j -= 1  # 'Appeal number A PL-93475': the 'A' OCR set apart opens the value, it is no connector
    return j, frozenset(classes), False


# whose number a caption's 'ID' names: a fax or a copy reads its 'ID' as '10' ('Member 10  Group  Plan')
ID_OWNERS = frozenset({"patient", "holder", "program", "card", "group", "plan"})
NUMBER_OWNERS = ID_OWNERS | {"claim", "case", "account", "control"}  # whose number a '#' after them names


def _id_read_as_ten(words: list[Word], j: int, classes: set) -> bool:
    """'10' after a member's, a group's or a plan's word in a caption is its 'ID' garbled, when no number follows
    it in the cell ('Member 10 Group', never 'Member 10 123456' nor 'Group 10-4417')."""
    if words[j].text.strip(":#") != "10" or not classes & ID_OWNERS:
        return False
    return j + 1 >= len(words) or not DIGIT.search(words[j + 1].text)


ARTICLES = frozenset({"a", "an", "un", "una"})
PERSON_CLASSES = frozenset({"patient", "holder", "pt_short", "cared", "student", "applicant", "insured"})


def _dash_as_colon(words: list[Word], i: int, j: int, text: str, classes: set, lex: Lexicon) -> bool:
    """'Patient - Ana B. Reyes', 'Born - 11/05/1958': a lone dash after label words that open a fact, before a
    value (no label word after it: 'Contract - Claim' over two values is one caption of two parts)."""
    if text.strip() not in ("-", "\u2013", "\u2014") or not classes - {CONNECTOR} or j >= len(words) or \
            not _opens_a_fact(words, i):
        return False
    nxt = words[j]
    if lex.word_classes(nxt.text, nxt.conf) is not None:
        return False
    # a number or a date after it ('Claim - Q71503', 'Born - 11/05/1958'), or a person's name after a person's caption
    # ('Patient - Ana B. Reyes'); never a title's words ('Claim Decision - Routine Visit', 'Facility - Knee Repair')
    return bool(DIGIT.search(nxt.text)) or bool(classes & PERSON_CLASSES)


def _opens_a_fact(words: list[Word], i: int) -> bool:
    """Label words at a cell's start or after a number ('Claim | QX31 Provider | ...') open a fact; after a
    name ('Example Health Plan | PO Box ...') they end the name."""
    return i == 0 or bool(DIGIT.search(words[i - 1].text))


BRACKETED_LETTERS = re.compile(r"\([A-Z][A-Za-z]{1,5}\)")


def _aside_in_label(words: list[Word], j: int, lex: Lexicon) -> bool:
    """A bracketed abbreviation between label words ('ID (BIC) No.', 'Claim (ICN) number'): an aside naming
    the card or system, followed by more label words. Digits or a value after it make it no aside."""
    if not BRACKETED_LETTERS.fullmatch(words[j].text) or j + 1 >= len(words):
        return False
    return lex.word_classes(words[j + 1].text, words[j + 1].conf) is not None


def _qualifier_end(words: list[Word], j: int) -> int:
    """Where a bracket of up to four words closing with the label's colon ends ('Proveedor (doula):', 'Member
    ID (as on your card):'): it says which one the label means, and the colon ends the label. 0 when the
    bracket holds a digit ('Claim (2 of 3):' counts claims) or closes without a colon."""
    if not words[j].text.startswith("("):
        return 0
    for k in range(j, min(j + 4, len(words))):
        text = words[k].text
        if DIGIT.search(text):
            return 0
        if text.endswith("):"):
            return k + 1
        if text.endswith(")"):
            return 0
    return 0


def _letter_of_value(text: str) -> bool:
    """A lone capital that a label never ends with ('A', 'O', 'Y'): a value's first letter set apart."""
    return len(text) == 1 and text.isupper()


CLAIMS_SECTION = re.compile(r"^\W*(?:(?P<status>paid|denied|rejected|unpaid|pending|adjusted)(?:\s*/\s*(?:partially\s+)?"
                            r"(?:paid|denied|rejected|adjusted))?\s+claims?|"
                            r"claims?\s+(?P<status_after>paid|denied|rejected|not\s+paid|pending|adjusted)|"
                            r"reclamos?\s+(?P<estado>pagados?|denegados?|rechazados?|negados?))"
                            r"(?:\s+[-\u2013\u2014:]\s+[A-Z][A-Z /&-]*)?\W*$", re.I)


_DENIED_WORDS = ("denied", "rejected", "unpaid", "not", "denegado", "rechazado", "negado")


def claims_section(text: str) -> str | None:
    """A heading that sorts a remittance's claims ('DENIED CLAIMS', 'Claims paid', 'Reclamos denegados'):
    'denied', 'paid' or 'other' (pending, adjusted); None for any other line. One definition, used by the
    label finder (such a heading labels no value) and by the claim sections (intake/extract/claims.py)."""
    m = CLAIMS_SECTION.match(text)
    if m is None:
        return None
    word = fold(m.group("status") or m.group("status_after") or m.group("estado"))
    if word.startswith(_DENIED_WORDS):
        return "denied"
    return "paid" if word.startswith(("paid", "pagado")) else "other"


# a bullet or an arrow as OCR reads it before a caption ('+ enrollee ID', '\u00ab date you got care'), no '&'
BULLET = re.compile(r"[+\u00ab\u00bb\u2022\u00b7\u00a9\u00ae*<>\u2190\u2192\u2013\u2014~-]+")


def find_labels(cell: Cell, lex: Lexicon) -> list[Label]:
    """Labels in a cell: at its start, or anywhere when they end in a colon ('ID: 1 Group: 2')."""
    out: list[Label] = []
    words, n, i = cell.words, len(cell.words), 0
    if claims_section(cell.text):
        return out  # 'DENIED CLAIMS' heads a section of a remittance, it labels no value
    if NO_VALUE.fullmatch(cell.text.strip()):
        return out  # 'None on file': a value saying there is none, no label
    boxed = _form_box_label(cell, lex)
    if boxed is not None:
        return [boxed]
    caps = _caps_row(cell)
    caps_inline = 0  # label words inside a row of capitals opening an ID, scored or not ('ACNT 55 ICN 99...')
    while i < n:
        end, classes, colon = _run(cell, i, lex)
        end, classes = _code_letters_open_value(words, i, end, classes, colon, lex)
        if words[i].text.strip() in ("#", "+"):
            end = i  # a bullet read as '+', or a lone '#': no label starts there
        if end > i and classes - {CONNECTOR}:
            if i == 0 and not colon and _bracket_tail(words, _bracket_opens(words, end)):
                end = n  # 'MEMBER ID (ACCESS CARD)', 'Amount (USD)': the bracket qualifies the label
            scores = lex.field_scores(classes)
            if not scores and any(w.text == "/" for w in words[i:end]):
                classes, scores = _one_named_part(words[i:end], lex) or (classes, scores)
            if not scores and any(w.text in DASHES for w in words[i:end]):
                classes, scores = _first_of_named_parts(words[i:end], lex) or (classes, scores)
            prev = fold(words[i - 1].text).strip(",.;") if i else ""
            at_start = i == 0 or (out and out[-1].end == i)
            ok = colon and (at_start or prev not in PROSE_BEFORE) and not _tail_of_unknown(classes, prev, at_start)
            ok = ok and (at_start or not classes <= LAB_WORDS or not _name_word(words[i - 1].text, lex))
            ok = ok and not _sentence_end(words[end - 1].text)
            if not colon and all(BULLET.fullmatch(w.text) for w in words[:i]):
                ok = _bare_label_ok(cell, end, classes, lex)  # (at the start, or after a bullet: '+ enrollee ID')
            elif not colon and caps:
                ok = _caps_inline_ok(words, end, classes)
                caps_inline += ok and end < n and _id_word(words[end].text) and "contact" not in classes
            elif not colon:
                ok = _after_id_value(words, i, end, out)
            ok = ok and (colon or fold(words[i].text).lower() not in ARTICLES)  # ('a member of the Example Group':
            # a phrase naming a parent company, no caption)
            if ok and scores:
                out.append(Label(cell, i, end, colon, classes, scores))
                i = end
                continue
        i = max(end, i + 1) if colon and end > i else i + 1
    if caps and caps_inline < 2:
        out = [x for x in out if x.start == 0 or x.colon]  # a label row of capitals opens two IDs at least
    if not out:
        out = _adjective_label(cell, lex)
    if not out and _names_a_number(cell, lex):
        out = _unknown_kind_id(cell, lex)
    return out


CODE_LETTERS = re.compile(r"[A-Z]{2,4}")
ANOTHER_PAPER = {"report", "records", "record", "notes", "prescription", "receipt", "invoice", "referral", "request",
                 "application"}


PHONE_START = re.compile(r"(?:1-)?\(?\d{3}\)?[-.\s]\d{3}")


def _another_papers_month(words: list[Word], end: int) -> bool:
    """'report dated APR 22': a month after another paper's label opens that paper's date ('Issued MAY 20' opens
    the notice's own), never a code before a number."""
    return fold(words[end].text).lower().strip(".") in MONTHS and \
        bool({fold(w.text).lower() for w in words[:end]} & ANOTHER_PAPER)


def _number_start(text: str) -> bool:
    """A word opening a number or a date ('3108', '20,'), never a phone number ('PROVIDER LINE 1-800-555-0100')."""
    return text[:1].isdigit() and not PHONE_START.match(text)


def _code_before_number(words: list[Word], k: int, lex: Lexicon) -> bool:
    """Capitals ('UM', 'MAY') right before a word opening a number: a code opening the number, never the label's
    own number word ('Claim ID 3108...', 'Claim NO 3108...')."""
    return k + 1 < len(words) and bool(CODE_LETTERS.fullmatch(words[k].text)) and \
        _number_start(words[k + 1].text) and not (lex.word_classes(words[k].text) or frozenset()) & {"head", "ident"}


def _code_letters_open_value(words: list[Word], i: int, end: int, classes: frozenset, colon: bool,
                             lex: Lexicon) -> tuple[int, frozenset]:
    """'Reference UM 3108 4417': capitals that could be a label word ('UM') right before the digits, after a
    label that names its field without them, are the number's prefix, not the label's end."""
    if colon or end - i < 2 or end >= len(words) or not _code_before_number(words, end - 1, lex):
        return end, classes
    shorter = _classes_of(words[i:end - 1], lex)
    if shorter - {CONNECTOR} and lex.field_scores(shorter):
        return end - 1, shorter
    return end, classes


def _one_named_part(words: list[Word], lex: Lexicon) -> tuple[frozenset, tuple] | None:
    """'Billed / allowed', 'Plan paid / you owe': a label of parts a slash apart whose words together name no
    field ('allowed' rules out a charge) while one part alone does: the label is that part's, and its value
    is the one in that part's place (`_slash_matched`)."""
    named = []
    for part in _slash_parts(words):
        classes = _classes_of(part, lex)
        scores = lex.field_scores(classes) if classes - {CONNECTOR} else ()
        if scores:
            named.append((classes, scores))
    return named[0] if len(named) == 1 else None


def _first_of_named_parts(words: list[Word], lex: Lexicon) -> tuple[frozenset, tuple] | None:
    """'Contract - Claim' before 'QH4402-031 - 2739...': a caption of parts a lone dash apart, each naming its own
    field though the words together name none. The caption is its first part's; each other part takes the value
    in its place (`kv._other_parts`)."""
    parts = caption_parts(words)
    named = [(c, lex.field_scores(c)) for c in (_classes_of(p, lex) for p in parts) if c - {CONNECTOR}]
    if len(parts) < 2 or len(named) != len(parts) or not all(sc for _, sc in named):
        return None
    return named[0]


def _caps_row(cell: Cell) -> bool:
    """A remittance's claim line in capitals ('NAME DOE, ANA M MID 1EG4TE5MK72 ACNT 5500 ICN 9900...'): label
    words inside it open their values without a colon."""
    return len(cell.words) >= 6 and not any(ch.islower() for ch in cell.text) and bool(DIGIT.search(cell.text))


def _id_word(text: str) -> bool:
    return is_id(text.strip(".,;"), 5)


def _caps_inline_ok(words: list[Word], end: int, classes: frozenset) -> bool:
    """Inside a line of capitals a label word is one only before a value: a number, or a name for a name label."""
    if end >= len(words):
        return False
    nxt = words[end].text
    return _value_like(nxt) or ("name" in classes and nxt.rstrip(",").isalpha())


def _unknown_kind_id(cell: Cell, lex: Lexicon) -> list[Label]:
    """'BLACK LUNG ID' over a number: an identifier of a program we have no word for is a bare 'ID' (the
    weakest member-ID label, yielding to any that says whose it is); 'Bill number' stays unlabelled."""
    last = lex.word_classes(cell.words[-1].text, cell.words[-1].conf) or frozenset()
    if "ident" not in last or any(lex.word_classes(w.text, w.conf) for w in cell.words[:-1]):
        return []  # a known word before it ('Bill ID') says what it is, and the label rules have judged it
    scores = lex.field_scores(last)
    return [Label(cell, 0, len(cell.words), False, last, scores)] if scores else []


# a form's box number before its caption ('60 INSURED'S UNIQUE ID', '1a INSURED'S I.D. NUMBER' on the UB-04 and
# CMS-1500 claim forms), or its box letter ('A. Notice date  B. Claim number' on a notice set in lettered boxes)
FORM_BOX = re.compile(r"(?:\d{1,2}[a-z]?|[lI][a-e])[.,]?|[A-Z][.,]")  # '2.', '1a', '1a.' read as 'la.', '7.' read as '7,'


# a box number a fax or a photocopy garbled ('1.' read 'Tx,', '9.' read 'Y', '"E'): one or two letters with
# stray marks, no word of its own
GARBLED_BOX = re.compile(r"[^\w\s]?[A-Za-z]{1,2}[.,;:]?")
BOX_NUMBER = re.compile(r"\d{1,2}[a-z]?[.,]")
# short words a cell may open with that are no box number
GARBLED_WORDS = {"a", "i", "to", "re", "dr", "mr", "ms", "my", "an", "at", "by", "in", "on", "or", "if", "de", "el",
                 "la", "mi", "tu", "su", "no", "we", "us", "it", "is", "as"}


def _garbled_box(cell: Cell, lex: Lexicon) -> bool:
    """The cell opens on a garbled box number, in a row whose other captions are numbered ('Tx, Date of this
    notice | 2. Recipient | 3. Medicaid ID'): the row is a form's captions, so the mark is one's number too."""
    first = cell.words[0].text
    if not GARBLED_BOX.fullmatch(first) or lex.word_classes(first) is not None or \
            fold(first).strip(".,;:\"'").lower() in GARBLED_WORDS:
        return False
    line = cell.line.words
    return any(BOX_NUMBER.fullmatch(w.text) and k + 1 < len(line) and line[k + 1].text[:1].isupper()
               for k, w in enumerate(line) if w not in cell.words)


def _form_box_label(cell: Cell, lex: Lexicon) -> Label | None:
    """A cell that is a box number and then nothing but label words: the caption of a form's box, its value
    in the box below or beside it."""
    words = cell.words
    if len(words) < 2 or not (FORM_BOX.fullmatch(words[0].text) or _garbled_box(cell, lex)):
        return None
    # the box's instruction in brackets after its caption ('(Last Name, First Name)', '(For Program in item 1)')
    stop = next((k for k, w in enumerate(words) if k > 1 and w.text.startswith("(")), len(words))
    end, classes, colon = _run(Cell(words[:stop], cell.line), 1, lex)
    if BOX_LETTER.fullmatch(words[0].text) and (end != len(words) or colon or
                                                not BOX_LETTER.fullmatch(cell.line.words[0].text)):
        return None  # 'B. Patient Name: Ana Ruiz': a lettered item with its value after the colon, no box caption;
        # nor a sub-column of a numbered box ('24A. Date of service  B. POS ... F. Charges' on a claim form)
    if end != stop:
        classes, colon = _caption_classes(words[1:stop], lex), words[stop - 1].text.endswith(":")
    if not classes or not classes - {CONNECTOR} or _sentence_end(words[stop - 1].text):
        return None
    scores = lex.field_scores(classes)
    return Label(cell, 1, len(words), colon, classes, scores) if scores else None  # (its brackets too)


def _caption_classes(words: list[Word], lex: Lexicon) -> frozenset:
    """A numbered box's caption with a word we do not list ('INSURED'S POLICY GROUP OR FECA NUMBER'): the
    classes of the words we know, when they are most of it and it ends in one of them."""
    got = [lex.word_classes(w.text, w.conf) for w in words]
    if len(words) > 8 or got[-1] is None or 5 * sum(g is not None for g in got) < 3 * len(got):
        return frozenset()
    return frozenset(c for g in got if g for c in g)


def _adjective_label(cell: Cell, lex: Lexicon, lower: bool = False) -> list[Label]:
    """A label cell whose first word is one we do not list ('Community provider', 'Treating dentist'): the
    rest of the cell is label words, so the cell is a label and its value stands beside or below it. `lower`:
    in a row of captions under values the adjective may be in small letters ('appeal claim no.')."""
    words = cell.words
    if not 2 <= len(words) <= 4 or lex.word_classes(words[0].text, words[0].conf) is not None:
        return []
    first = words[0].text.replace("-", "")
    if not (first.isalpha() and (first[:1].isupper() or (lower and len(first) >= 4))):
        return []  # ('Out-of-network provider': a hyphened adjective is one word)
    if fold(words[0].text) in PROSE_BEFORE:
        return []  # 'Dear Provider:' greets the reader; it labels nothing
    end, classes, colon = _run(cell, 1, lex)
    if end != len(words) or not classes - {CONNECTOR} or _sentence_end(words[-1].text):
        return []
    scores = lex.field_scores(classes)
    return [Label(cell, 1, end, colon, classes, scores)] if scores else []


def _adjective_cell(cell: Cell, found: list[Label]) -> bool:
    """'INJECTING PHYSICIAN' beside 'REQUESTING PROVIDER': a cell that is one adjective label whole, after a
    label cell, is a label too (a row of captions), never the value of the label before it; after a value it may
    be a name ('Example Lab Services')."""
    return len(found) == 1 and found[0].start == 1 and found[0].end == len(cell.words) and not found[0].colon


def _caption_place(ix: KVIndex, row: list[Cell], founds: list[list[Label]], k: int) -> bool:
    """Where a whole adjective label is a caption: opening a row, after a caption in capitals, or in a row no
    label or number opens. A row 'Provider name | <names>', 'Pharmacy: <name>' or '<claim no.> | <name>' holds
    values, and a value may end in label words ('Example Lab Services', 'Example Pharmacy')."""
    if not k:
        return True
    cell = row[k]
    if cell.text.isupper() and id(row[k - 1]) in ix.labelled and not any(x.colon for x in founds[k - 1]):
        return True  # (captions in capitals; a sideways table's names are not)
    return not (founds[0] or any(DIGIT.search(x.text) for x in row[:k]))


def _prose(cell: Cell, end: int, lex: Lexicon) -> bool:
    """'The clinical criteria we used.' starts with label-ish words but is a sentence."""
    first = lex.word_classes(cell.words[0].text)
    if first is not None and first <= {CONNECTOR}:
        return True
    rest = cell.words[end:]
    return len(rest) > 2 and cell.words[-1].text.endswith((".", "!", "?")) and not _value_like(rest[0].text)


ANSWERS = {"no", "n", "\u00f1", "si", "yes"}


def _bracket_tail(words: list[Word], end: int) -> bool:
    """The cell ends in a short bracket of words after the label, no digit and no lone letter in it: a qualifier
    ('(ACCESS CARD)', '(OUT OF NETWORK)'), no value ('(Part A)' names a part of a program)."""
    rest = words[end:]
    return 0 < len(rest) <= 4 and rest[0].text.startswith("(") and rest[-1].text.endswith(")") and \
        not any(DIGIT.search(w.text) or len(w.text.strip("()")) == 1 for w in rest)


def _bracket_opens(words: list[Word], end: int) -> int:
    """Where a label's bracket opens: the run took its first word as a label word ('PROVIDER (IN NETWORK)',
    the 'in' of a connector), the bracket qualifies the label from there."""
    for k in range(1, end):
        if words[k].text.startswith("("):
            return k
    return end


def _bare_label_ok(cell: Cell, end: int, classes: frozenset, lex: Lexicon) -> bool:
    """A label without a colon at the start of a cell: alone in its cell (its value beside or below), or
    followed by a value-like word or, for a name label, a name; never a sentence or a title in capitals."""
    words = cell.words
    if end == 1 and fold(words[0].text).lower().strip(".") in ANSWERS:
        return False  # a form's answer box ('NO', 'Ñ' beside a question), no 'No.' label
    if end == len(words):  # (a header in capitals keeps a speck a fax printed after it: 'DATES OF SERVICE.')
        return not _sentence_end(words[end - 1].text) or (cell.text.isupper() and len(words) >= 2)
    if all(not re.search(r"[A-Za-z0-9]", w.text) for w in words[end:]):
        return True  # 'Numero de miembro .': a speck OCR set after the caption, no value
    if _slash_values_follow(words, end):
        return True
    prefixed = _code_before_number(words, end, lex) and not _another_papers_month(words, end)
    named = _initialled_person(words, end) and _person_label(classes, lex) and words[0] is cell.line.words[0]
    # (at the line's start: a claim line's 'PATIENT' after its number names that claim's patient, any claim's)
    if not (_value_like(words[end].text) or prefixed or "name" in classes or named or
            _date_label_then_month(words, end, classes)):
        return False  # ('Reference UM 3108 4417': capitals opening the number are a value-like word too)
    return not _prose(cell, end, lex) and (not _heading(cell, end) or _surname_first(cell, end, classes) or named)


INITIALLED_WORDS = re.compile(r"[A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f'-]+ [A-Z]\. [A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f'-]+")


def _initialled_person(words: list[Word], end: int) -> bool:
    """'PATIENT QUENNEL T. PEMB': a first name, a dotted initial and a last name after the caption; no title in
    capitals ('PATIENT STATEMENT') holds an initial with its stop. A sentence's words around it ('... our
    nurse Ana B. Reyes said so') make it prose."""
    after = words[end + 3].text if end + 3 < len(words) else ""
    return words[0].text[:1].isupper() and not (after[:1].islower() and after.isalpha()) and \
        bool(INITIALLED_WORDS.fullmatch(" ".join(w.text.rstrip(",") for w in words[end:end + 3])))


def _person_label(classes: frozenset, lex: Lexicon) -> bool:
    """Caption words that name the member's name first ('PATIENT'), not an ID's or a date's caption."""
    scores = lex.field_scores(classes)
    return bool(scores) and scores[0].field == "member_name"


DATE_WORD = re.compile(r"[01]?\d/[0-3]?\d/(?:\d\d){1,2}")  # ('... Plan QX-T4 Rec'd 08/19/2031')
PLAN_CODE = re.compile(r"[A-Z]{1,5}-?[A-Z0-9]{0,4}\d[A-Z0-9]{0,4}")  # a short code with a digit ('QX-T4', 'G20')


def _after_id_value(words: list[Word], i: int, end: int, out: list[Label]) -> bool:
    """'Claim QX3100 Rendered by Example Imaging Center': a claim header line of label, number, label, value. A
    capitalised label after the one number its first label opened names the next value; in prose the words
    after a number are lower case ('claim 123 was sent by ...'). Further along such a line, a capitalised label
    between two numbers names the second ('... Member QX4471 Plan QX-T4')."""
    if not out or out[0].start != 0 or end >= len(words):
        return False
    number, first, nxt = words[i - 1].text, words[i].text, words[end].text
    if out[-1].start != 0 or out[-1].end != i - 1:  # further along the line: 'Claim QX31 ... Member QX9 Plan QX-T4'
        return (_id_word(number) or bool(PLAN_CODE.fullmatch(number))) and first[:1].isupper() and \
            (_id_word(nxt) or bool(PLAN_CODE.fullmatch(nxt)) or bool(DATE_WORD.fullmatch(nxt)))
    return _id_word(number) and first[:1].isupper() and (nxt[:1].isupper() or _value_like(nxt))


def _slash_values_follow(words: list[Word], end: int) -> bool:
    """'Plan / member ID  Gold PPO / QX1234': label parts a slash apart, then as many values a slash apart, one
    of them a number, are a label row although its first value is a word (each part takes its own value)."""
    names, values = _slash_parts(words[:end]), _slash_parts(words[end:])
    return len(names) >= 2 and len(names) == len(values) and any(DIGIT.search(w.text) for v in values for w in v)


def _month_day(words: list[Word], j: int) -> bool:
    """A date written with its month's name opens at word j ('May 14, 2031')."""
    return j + 1 < len(words) and fold(words[j].text).strip(".,") in MONTHS and bool(DIGIT.search(words[j + 1].text))


DATED = frozenset({"dated", "fechado", "fechada"})


def _date_label_then_month(words: list[Word], end: int, classes: set | frozenset, start: int = 0) -> bool:
    """'Service date May 14, 2031': a date label (words start to end) of two words or more without a colon, then a
    date written with its month's name. Prose says 'a letter dated May 2' or 'the date May 2'; those stay
    sentences. Cheap where it is asked most: no date word, no look at the month."""
    return "date" in classes and end - start >= 2 and fold(words[end - 1].text) not in DATED and _month_day(words, end)


SURNAME_FIRST = re.compile(r"^[A-Z][A-Z'\-]+,\s+[A-Z][A-Z'\-]+(?:\s+[A-Z]\.?)?$")


def _surname_first(cell: Cell, end: int, classes: frozenset) -> bool:
    """'NAME DOE, JANE Q' on a remittance in capitals: a name label and a name printed surname first, not a
    title."""
    return "name" in classes and bool(SURNAME_FIRST.match(" ".join(w.text for w in cell.words[end:])))


def _tail_of_unknown(classes: frozenset, prev: str, at_start: bool) -> bool:
    """'Estimate #:' or 'Account No.:' whose first word we do not know: the '#' alone names nothing."""
    return not at_start and classes <= {"head", CONNECTOR} and bool(prev) and not DIGIT.search(prev)


# 'Laboratory:' mid-line: a capitalised unknown word before it makes it a name's end ('Employer: Example
# Schools Provider: ...' keeps its label: a provider's own word opens a label after a name)
LAB_WORDS = frozenset({"lab", CONNECTOR})


def _name_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word we have no class for: before 'Laboratory:' ('... you received from Example Medical
    Laboratory:'), the colon word ends a name and opens a list; it labels nothing."""
    w = word.strip(",;")
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and not lex.word_classes(w)


def _sentence_end(word: str) -> bool:
    """'... when the service is performed.' ends a sentence; 'No.' is an abbreviation."""
    w = word.strip()
    return w.endswith(".") and len(w.rstrip(".")) > 3


def _heading(cell: Cell, end: int) -> bool:
    """'PATIENT STATEMENT' is a title in capitals, not the label 'Patient' and a name."""
    rest = " ".join(w.text for w in cell.words[end:])
    return bool(rest) and cell.text.isupper() and not DIGIT.search(rest)


RE_SEPARATORS = frozenset({"|", "/", "+", "\u2022", "\u00b7", "\u2013", "\u2014"})  # a mark standing alone between facts


def split_re_line(cell: Cell) -> list[Cell]:
    """'Re: Ana Reyes, ID W123, Claim 456' lists its facts between commas, bars (or sentences): each becomes a cell.
    With no comma, the line after its 'Re:' is one cell ('Re: Appeal AB123 (original request CD-45)'), so a
    label opening it opens the cell as labels do."""
    if not RE_LINE.match(fold(cell.text)):
        return [cell]
    if "," not in cell.text and not any(w.text in RE_SEPARATORS for w in cell.words):
        rest = cell.words[1:] if RE_LINE.match(fold(cell.words[0].text)) else []
        return [Cell(rest, cell.line)] if rest else [cell]
    parts, current = [], []
    for i, w in enumerate(cell.words):
        if i == 0 and RE_LINE.match(fold(w.text)):
            continue
        if w.text in RE_SEPARATORS:  # 'Re: Appeal X | Member ID Y | Group Z', '... / ... / ...': as a comma
            parts.append(current)
            current = []
            continue
        current.append(w)
        initial = re.fullmatch(r"[A-Z],", w.text) and len(current) == 2 and current[0].text[:1].isupper() and \
            i + 1 < len(cell.words) and cell.words[i + 1].text[:1].isupper()  # ('Re: Ana B, Reyes': a fax's
        if initial:  # stop after a middle initial read as a comma; the name goes on)
            continue
        if w.text.endswith((",", ";")) or (w.text.endswith(".") and len(w.text) >= 5 and i < len(cell.words) - 1):
            parts.append(current)  # (a sentence's end too: '... 2026. Reference 1234.'; not 'Dr.' or 'No.')
            current = []
    if current:
        parts.append(current)
    return [Cell(p, cell.line) for p in parts if p] or [cell]


def split_parenthetical(cell: Cell, lex: Lexicon) -> list[Cell]:
    """'Example Select EPO (plan code XY-PPO-60)': a label and its value in brackets after a value are a
    cell of their own, so the label is found where labels start."""
    words = cell.words
    for j in range(1, len(words) - 1):
        if not words[j].text.startswith("(") or len(words[j].text) < 2:
            continue
        inner = [Word(words[j].text[1:], words[j].conf, words[j].bbox, words[j].group)] + words[j + 1:]
        end, classes, _ = _run(Cell(inner, cell.line), 0, lex)
        if not 0 < end < len(inner) or not classes & {"head"} or not DIGIT.search(inner[end].text):
            continue
        if not inner[-1].text.endswith(")") or "(" in " ".join(w.text for w in inner[end:]):
            continue
        last = inner[-1]
        inner[-1] = Word(last.text[:-1], last.conf, last.bbox, last.group)
        return [Cell(words[:j], cell.line), Cell(inner, cell.line)]
    return [cell]


def prose_row(words: list[Word]) -> bool:
    """Pure: a row that is a sentence ('Keep this statement for your records. THIS IS NOT A BILL.'), not a header:
    a sentence ends inside it, or it is a long run of words that ends like one."""
    texts = [w.text for w in words]
    inside = any(_sentence_end(a) and a.rstrip(".")[-1:].islower() and b[:1].isupper()
                 for a, b in zip(texts, texts[1:]))
    lower = sum(t.rstrip(".,").isalpha() and t.islower() for t in texts)  # 'Amt. Allowed Deduct.' is no sentence
    return len(texts) >= 5 and lower >= 3 and (inside or (len(texts) >= 8 and _sentence_end(texts[-1])))
