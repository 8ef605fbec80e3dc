"""Pair labels with their values by geometry: same cell, next cell, the cell below, or a table column.

Labels are found by their words (lexicon.py), not by exact strings; values are wherever a printed form
puts them: after a colon or a wide gap on the same line, in the box under a small label, under a column
header, or in a block of values beside a block of labels (each row then is a label cell and a value cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from intake.extract.dates import MONTHS
from intake.extract.ids import is_id
from intake.extract.lexicon import CONNECTOR, FieldScore, Lexicon, ends_label
from intake.extract.text import fold
from intake.layout import cells as line_cells
from intake.model import Document, Line, Word

MAX_LABEL_WORDS = 7
PROSE_BEFORE = {"dear", "estimado", "estimada", "estimado/a", "hello", "hi", "to", "the", "your", "our", "a", "an",
                "this", "of", "for", "and", "by", "from", "su", "el", "la", "los", "las", "del", "de", "para", "por",
                "y", "in", "with", "at", "on", "is", "was", "see"}
RE_LINE = re.compile(r"^\s*(?:re|regarding|subject|asunto|ref)\s*:", re.I)
DIGIT = re.compile(r"\d")


@dataclass
class Cell:
    """A run of words on one line between wide gaps (a table cell, a label, a value)."""

    words: list[Word]
    line: Line

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    @property
    def x1(self) -> float:
        return self.words[-1].bbox[2]

    @property
    def bbox(self):
        return (self.x0, min(w.bbox[1] for w in self.words), self.x1, max(w.bbox[3] for w in self.words))

    @property
    def conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words)

    @property
    def tight_text(self) -> str:
        """The text with OCR's false word breaks closed: words that almost touch were one word; and a value
        printed a character to a box ('H 0 5 8 - 2 8 0 3') is one word."""
        if spelled_out(self.words):
            return "".join(w.text for w in self.words)
        out = self.words[0].text
        for prev, w in zip(self.words, self.words[1:]):
            gap = w.bbox[0] - prev.bbox[2]
            hyphen = prev.text[-1:] in "-\u2013" and prev.text[-2:-1].isdigit() and w.text[:1].isalnum()
            h = max(1.0, self.line.height)  # ('123- 45-6789': one ID, its end perhaps on the next line; a word
            level = w.bbox[1] < prev.bbox[3] and w.bbox[3] > prev.bbox[1]  # of the next line else stands apart)
            near = gap < 0.6 * h if hyphen else level and gap < 0.18 * h
            out += ("" if near else " ") + w.text
        return out


def spelled_out(words: list) -> bool:
    """A value printed one character to a box: four or more words, nearly all of them a single letter or digit
    (a dash between groups)."""
    single = sum(1 for w in words if len(w.text) == 1)
    return len(words) >= 4 and single >= 0.8 * len(words) and any(w.text.isdigit() for w in words)


@dataclass
class Label:
    """Label words at the start of a cell (or after a colon-ended value), and the fields they name."""

    cell: Cell
    start: int
    end: int
    colon: bool
    classes: frozenset
    scores: tuple[FieldScore, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.cell.words[self.start:self.end])

    def score_for(self, name: str) -> FieldScore | None:
        return next((s for s in self.scores if s.field == name), None)


@dataclass
class Pair:
    label: Label
    value: Cell
    how: str  # "inline", "next cell", "below" or "column"


@dataclass
class KVIndex:
    """Cells, labels and label-value pairs of one document, computed once for every field finder."""

    doc: Document
    lex: Lexicon
    lines: list[Line] = field(default_factory=list)
    cells: dict[int, list[Cell]] = field(default_factory=dict)
    labels: list[Label] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    labelled: set[int] = field(default_factory=set)  # ids of cells that start with a label
    headers: set[int] = field(default_factory=set)  # ids of cells made only of label words ('PHYSICIAN NPI')
    pos: dict[int, int] = field(default_factory=dict)
    captions: set[int] = field(default_factory=set)  # ids of label rows printed under their values

    def position(self, line: Line) -> int:
        return self.pos.get(id(line), -1)


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


SENTENCE_WORD_END = re.compile(r"[a-z]{4,}\.|[A-Z][a-z]{5,}\.")  # ("... General Hospital. Our reference"; no "Dept.")
PA_ONLY = frozenset({"pa_abbrev"})
ACRONYM_END = re.compile(r"[A-Z]{2,5}:")  # a label's last word in capitals, its colon after it
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
        qualified = _qualifier_end(cell.words, j) if got is None and classes - {CONNECTOR} else 0
        if qualified:
            return qualified, frozenset(classes), True  # 'Proveedor (doula):': the bracket qualifies the label
        if got is None or _id_prefix(cell.words, j) or _date_label_then_month(cell.words, j, classes, start=i):
            break  # ('Service date May 14, 2031': the month opens the value, it is no 'may')
        classes |= got
        j += width
        if ends_label(text) or (text.strip() == "|" and classes - {CONNECTOR} and _opens_a_fact(cell.words, i)):
            return j, frozenset(classes), True  # ('Provider | Example Hospice': a drawn rule read as '|', as a colon)
        if SENTENCE_WORD_END.fullmatch(text) and j < len(cell.words) and cell.words[j].text[:1].isupper():
            break  # '... for these visits. Your member number': a sentence ends there, and a label with it
    if j - i > 1 and got is None and _letter_of_value(cell.words[j - 1].text):
        j -= 1  # 'Appeal number A PL-93475': the 'A' OCR set apart opens the value, it is no connector
    return j, frozenset(classes), False


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
        if words[i].text.strip() in ("#", "+"):
            end = i  # a bullet read as '+', or a lone '#': no label starts there
        if end > i and classes - {CONNECTOR}:
            if i == 0 and not colon and _bracket_tail(words, _bracket_opens(words, end)):
                end = n  # 'MEMBER ID (ACCESS CARD)', 'Amount (USD)': the bracket qualifies the label
            scores = lex.field_scores(classes)
            if not scores and any(w.text == "/" for w in words[i:end]):
                classes, scores = _one_named_part(words[i:end], lex) or (classes, scores)
            prev = fold(words[i - 1].text).strip(",.;") if i else ""
            at_start = i == 0 or (out and out[-1].end == i)
            ok = colon and (at_start or prev not in PROSE_BEFORE) and not _tail_of_unknown(classes, prev, at_start)
            ok = ok and (at_start or not classes <= LAB_WORDS or not _name_word(words[i - 1].text, lex))
            ok = ok and not _sentence_end(words[end - 1].text)
            if not colon and i == 0:
                ok = _bare_label_ok(cell, end, classes, lex)
            elif not colon and caps:
                ok = _caps_inline_ok(words, end, classes)
                caps_inline += ok and end < n and _id_word(words[end].text) and "contact" not in classes
            elif not colon:
                ok = _after_id_value(words, i, end, out)
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


def _form_box_label(cell: Cell, lex: Lexicon) -> Label | None:
    """A cell that is a box number and then nothing but label words: the caption of a form's box, its value
    in the box below or beside it."""
    words = cell.words
    if len(words) < 2 or not FORM_BOX.fullmatch(words[0].text):
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


def _adjective_label(cell: Cell, lex: Lexicon) -> list[Label]:
    """A label cell whose first word is one we do not list ('Community provider', 'Treating dentist'): the
    rest of the cell is label words, so the cell is a label and its value stands beside or below it."""
    words = cell.words
    if not 2 <= len(words) <= 4 or lex.word_classes(words[0].text, words[0].conf) is not None:
        return []
    if not (words[0].text.replace("-", "").isalpha() and words[0].text[:1].isupper()):
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
    if not (_value_like(words[end].text) or "name" in classes or _date_label_then_month(words, end, classes)):
        return False
    return not _prose(cell, end, lex) and (not _heading(cell, end) or _surname_first(cell, end, classes))


def _after_id_value(words: list[Word], i: int, end: int, out: list[Label]) -> bool:
    """'Claim QX3100 Rendered by Example Imaging Center': a claim header line of label, number, label, value. A
    capitalised label after the one number its first label opened names the next value; in prose the words
    after a number are lower case ('claim 123 was sent by ...')."""
    if not out or out[-1].start != 0 or out[-1].end != i - 1 or end >= len(words):
        return False
    number, first, nxt = words[i - 1].text, words[i].text, words[end].text
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


def split_re_line(cell: Cell) -> list[Cell]:
    """'Re: Ana Reyes, ID W123, Claim 456' lists its facts between commas, bars (or sentences): each becomes a cell.
    With no comma, the line after its 'Re:' is one cell ('Re: Appeal AB123 (original request CD-45)'), so a
    label opening it opens the cell as labels do."""
    if not RE_LINE.match(fold(cell.text)):
        return [cell]
    if "," not in cell.text and not any(w.text == "|" for w in cell.words):
        rest = cell.words[1:] if RE_LINE.match(fold(cell.words[0].text)) else []
        return [Cell(rest, cell.line)] if rest else [cell]
    parts, current = [], []
    for i, w in enumerate(cell.words):
        if i == 0 and RE_LINE.match(fold(w.text)):
            continue
        if w.text == "|":  # 'Re: Appeal X | Member ID Y | Group Z': a bar between facts, as a comma
            parts.append(current)
            current = []
            continue
        current.append(w)
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


def split_header(row: list[Cell], below: list[Cell] | None, lex: Lexicon) -> list[Cell]:
    """A header row whose labels ran together ('Date of Service Provider Charges') is cut where the
    columns of the row below it are: each header word goes to the value cell nearest under it."""
    words = [w for c in row for w in c.words]
    if not below or len(below) <= len(row) or any(DIGIT.search(w.text) for w in words) or prose_row(words):
        return row
    if _taller(row[0].line, below[0].line):
        return row  # a title in larger type over a table is no header of it
    if len(row) == 1 and len(words) >= 4 and words[-1].text.endswith(":"):
        return row  # a sentence leading into the table ('... items you received from Example Laboratory:')
    if len(row) == 2 and row[0].text.rstrip().endswith(":") and not row[1].text.rstrip().endswith(":"):
        return row  # 'Provider: | Example Reference Laboratory' over a table: a label and its value
    labelish = sum(lex.word_classes(w.text, w.conf) is not None for w in words)
    if labelish < 0.6 * len(words) or len(words) < 2:
        return row
    out: list[Cell] = []
    for c in row:
        groups: list[list[Word]] = []
        last = None
        for w in c.words:
            mid = (w.bbox[0] + w.bbox[2]) / 2
            k = min(range(len(below)), key=lambda j: _distance(mid, below[j]))
            if k != last:
                groups.append([])
                last = k
            groups[-1].append(w)
        out.extend(Cell(g, c.line) for g in groups)
    return out


def _taller(a: Line, b: Line) -> bool:
    """Line a is set in clearly larger type than line b (a header's parts share one size); the median word
    height, so that one tall glyph read from a rule or a box ('|') does not count."""
    return _type_size(a) > 1.45 * max(_type_size(b), 1)


def _type_size(line: Line) -> float:
    hs = sorted(w.bbox[3] - w.bbox[1] for w in line.words) or [line.height]
    return hs[len(hs) // 2]


def _distance(x: float, cell: Cell) -> float:
    if cell.x0 <= x <= cell.x1:
        return 0.0
    return min(abs(x - cell.x0), abs(x - cell.x1))


def _row_cells(line: Line) -> list[Cell]:
    return [part for ws in line_cells(line) for cell in split_re_line(Cell(ws, line)) for part in _counter_apart(cell)]


ITEM_COUNTER = re.compile(r"(\d{1,2}) (?:of|de) (\d{1,2})")


def _counter_apart(cell: Cell) -> list[Cell]:
    """'2 of 3 Claim QX31-0042 Example Clinic': the count of a block of several opens its heading line; the
    label after it starts the facts, as at a line's start."""
    words = cell.words
    if len(words) < 5 or not words[3].text[:1].isupper():
        return [cell]
    m = ITEM_COUNTER.fullmatch(" ".join(w.text for w in words[:3]))
    if not m or not 0 < int(m.group(1)) <= int(m.group(2)):
        return [cell]
    return [Cell(words[:3], cell.line), Cell(words[3:], cell.line)]


def _next_line(lines: list[Line], i: int) -> Line | None:
    """The line right under line i on the same page, if it follows closely (a table's next row)."""
    if i + 1 >= len(lines):
        return None
    a, b = lines[i], lines[i + 1]
    if b.page != a.page or b.bbox[1] - a.bbox[3] > 2.5 * max(a.height, 1):
        return None
    return b


def build_index(doc: Document, lex: Lexicon) -> KVIndex:
    ix = KVIndex(doc, lex, lines=[ln for ln in doc.lines if ln.words])
    rows = [[part for c in _row_cells(ln) for part in split_parenthetical(c, lex)] for ln in ix.lines]
    for i, ln in enumerate(ix.lines):
        ix.pos[id(ln)] = i
        nxt = _next_line(ix.lines, i)
        below = rows[i + 1] if nxt is not None else None
        ix.cells[id(ln)] = split_header(rows[i], below, lex)
    _merge_wrapped_headers(ix, lex)
    for ln in ix.lines:
        row = ix.cells[id(ln)]
        founds = [find_labels(c, lex) for c in row]
        for k, (c, found) in enumerate(zip(row, founds)):
            if found and (found[0].start == 0 or (_caption_place(ix, row, founds, k) and _adjective_cell(c, found))):
                ix.labelled.add(id(c))
            if _all_label_words(c, lex):
                ix.headers.add(id(c))
            beside = row[k + 1] if k + 1 < len(row) else None
            ix.labels.extend(part for lab in found for part in _split_at_slashes(lab, lex, beside))
    ix.labels = [_wrapped(ix, lab) for lab in ix.labels]
    from intake.extract.captions import caption_rows

    ix.captions = caption_rows(ix)
    for lab in ix.labels:
        ix.pairs.extend(pairs_of(ix, lab))
    return ix


def _split_at_slashes(lab: Label, lex: Lexicon, beside: Cell | None = None) -> list[Label]:
    """'Member ID / Group QX1234 / G-45': one label of two fields a slash apart, its values after it the same
    way, is a label per field (each takes its value in its place, `_slash_chain`); so is a label filling its
    cell beside a cell of as many values ('Patient / ID' | 'Ana Reyes / QX1234'). Kept whole when its values
    stand elsewhere (below a header row: `_slash_matched` splits the value there) or a part names no field."""
    words = lab.cell.words[lab.start:lab.end]
    if not any(w.text == "/" for w in words):
        return [lab]
    if lab.end >= len(lab.cell.words) and (beside is None or len(_slash_parts(beside.words)) !=
                                           len(_slash_parts(words)) or lab.start or not DIGIT.search(beside.text)):
        return [lab]  # (a header row's next header, 'Farmacia / fecha' | 'Cant./días', holds no value)
    out, start = [], lab.start
    for k in range(lab.start, lab.end + 1):
        if k == lab.end or lab.cell.words[k].text == "/":
            classes = _classes_of(lab.cell.words[start:k], lex)
            scores = lex.field_scores(classes) if classes - {CONNECTOR} else ()
            if not scores:
                return [lab]
            out.append(Label(lab.cell, start, k, lab.colon, classes, scores))
            start = k + 1
    return out if len({x.scores[0].field for x in out}) == len(out) else [lab]


def _wrapped(ix: KVIndex, lab: Label) -> Label:
    """A label broken at a line's end ('... Supplier Claim' over 'Number 01-7730-...'): the line's opening
    'Number', 'No.' or 'ID' takes the label words that end the line above it, as a reader joins them."""
    if lab.start or lab.colon or lab.classes - {"head", "ident", CONNECTOR} or lab.cell.words[0] is not lab.cell.line.words[0]:
        return lab  # ('ID number:' with its colon is a whole label of its own)
    pos = ix.position(lab.cell.line)
    above = ix.lines[pos - 1] if pos > 0 else None
    if above is None or above.page != lab.cell.line.page or lab.cell.line.bbox[1] - above.bbox[3] > 1.5 * above.height \
            or abs(above.bbox[0] - lab.cell.line.bbox[0]) > 3 * above.height or above.text.rstrip().endswith((".", ":")):
        return lab
    best, tail = lab, set(lab.classes)
    for w in reversed(above.words[-3:]):  # 'Claim' before 'Supplier Claim': the nearest words that name it best
        got = ix.lex.word_classes(w.text, w.conf)
        if not got or not w.text[:1].isupper():
            break  # (a sentence's 'their claim' over 'number 123' names another's claim in running text)
        tail |= got
        scores = ix.lex.field_scores(frozenset(tail))
        if got - {CONNECTOR} and scores and scores[0].score > (best.scores[0].score if best.scores else 0):
            best = Label(lab.cell, lab.start, lab.end, lab.colon, frozenset(tail), scores)
    return best


def _all_label_words(cell: Cell, lex: Lexicon) -> bool:
    got = [lex.word_classes(w.text, w.conf) for w in cell.words]
    return all(g is not None for g in got) and any(g - {CONNECTOR} for g in got) and not DIGIT.search(cell.text)


def _header_like(row: list[Cell], lex: Lexicon) -> bool:
    return len(row) >= 2 and not any(DIGIT.search(c.text) for c in row) and \
        sum(_all_label_words(c, lex) for c in row) >= 1 and all(len(c.words) <= 6 for c in row)


def _merge_wrapped_headers(ix: KVIndex, lex: Lexicon) -> None:
    """A table header printed over two or three lines ('Amount the' / 'provider' / 'billed') becomes one
    header row: each lower part joins the header cell above it."""
    i = 0
    while i < len(ix.lines):
        head = ix.cells[id(ix.lines[i])]
        j = i
        # ('Provider: | Example Reference | Laboratory' over a table's header: a label and its value, no header)
        while len(head) >= 3 and _header_like(head, lex) and _next_line(ix.lines, j) is not None and \
                not any(c.text.rstrip().endswith(":") for c in head[:-1]):
            below = ix.cells[id(ix.lines[j + 1])]
            if not below or any(DIGIT.search(c.text) for c in below) or any(len(c.words) > 3 for c in below):
                break
            if _taller(ix.lines[j], ix.lines[j + 1]) or _taller(ix.lines[j + 1], ix.lines[j]):
                break  # a title over a header row, or a header over a caption in other type: not one header
            if any(c.text.endswith(":") for c in below) or 2 * sum(_all_label_words(c, lex) for c in below) < len(below):
                break  # a row of 'Name: | Jane Doe' pairs under a two-part heading, not the rest of a header
            if 2 * sum(not any(h.x0 < c.x1 and h.x1 > c.x0 for h in head) for c in below) >= len(below):
                break  # 'CLAIM DENIAL - PROVIDER COPY' over a row of captions reaching past it: a title, no header
            for c in below:
                over = [h for h in head if h.x0 < c.x1 and h.x1 > c.x0]
                if over:
                    over[0].words = over[0].words + c.words
                else:
                    head.append(Cell(c.words, head[0].line))
            head.sort(key=lambda c: c.x0)
            ix.cells[id(ix.lines[j + 1])] = []
            j += 1
        i = j + 1


def is_table_header(ix: KVIndex, line: Line) -> bool:
    """A table's header row: several cells, at least two of them labels, no figures."""
    row = ix.cells.get(id(line), [])
    if any(c.text.endswith(":") and not _is_label_cell(ix, n) for c, n in zip(row, row[1:])):
        return False  # 'Name: | Jane Doe | Name: | John Doe': labels with their values beside them
    return (len(row) >= 3 and sum(1 for c in row if id(c) in ix.labelled) >= 1
            and sum(1 for c in row if id(c) in ix.labelled or id(c) in ix.headers) >= 2
            and not DIGIT.search(line.text))


AMOUNT_CELL = re.compile(r"\$?\s?\d{1,3}(?:,\d{3})*\.\d{2}")


def column(ix: KVIndex, cell: Cell, max_rows: int = 40, sidebar: bool = False) -> list[Cell]:
    """Cells under a header cell, row by row, until the column ends (a gap, a row with nothing under it,
    the next row of labels, or prose). A header printed over two or three lines is passed over first; under a
    label's caption (`sidebar`), so is the text beside it that OCR set between the caption and its value."""
    out: list[Cell] = []
    pos = ix.position(cell.line)
    if pos < 0:
        return out
    prev = head_end = cell.line
    lines = ix.lines[pos + 1:pos + 1 + max_rows]
    heads = ix.cells.get(id(cell.line), [])
    # a table's column: its amounts may stand right of where its caption ends, up to the next caption (the
    # last column's, anywhere right of it); nothing else there
    next_head = _next_caption_x(heads, cell) if len(heads) >= 3 and not sidebar else cell.x1
    own_header = len(heads) >= 4 and _label_row(ix, heads, loose=True)  # a table's caption row, not a label's
    for k, ln in enumerate(lines):
        # (a header in small capitals over its first row in larger type: that gap is measured against the larger;
        # a header band set off from its first row by padding stands further above it)
        first = prev is head_end
        base = max(prev.height, ln.height) if first else prev.height
        reach = 3.2 if first and max_rows > 2 else 2.2
        row = ix.cells.get(id(ln), [])
        if first and max_rows > 2 and _full_row_under(heads, row):
            reach = 4.5  # a header band set well apart from a first row that fills every column under it
        if ln.page != cell.line.page or ln.bbox[1] - prev.bbox[3] > reach * max(base, 1):
            break
        slack = 0.8 * ln.height
        hit = [c for c in row if c.x0 < cell.x1 + slack and c.x1 > cell.x0 - slack]
        if not hit:  # amounts set flush right under a caption set flush left: right of where it ends, under no
            hit = [c for c in row if c.x0 >= cell.x1 and c.x0 < next_head and AMOUNT_CELL.fullmatch(c.text)
                   and not any(h is not cell and c.x0 < h.x1 and c.x1 > h.x0 for h in heads)]  # other caption
        if sidebar and row and not hit and _level_with_next(ln, lines[k + 1:k + 2]):
            continue  # another column's line OCR set just above this column's next row: passed over
        prev = ln
        if not row and first:
            head_end = ln  # the header's second line, joined to its cells above: the header ends here
        if not row or (not out and sum(len(c.text.strip()) for c in row) <= 2 and not hit):
            continue  # a header line merged into the header row above (or its stray letter: 'Not' over 'e')
        header_row = not out and (_label_row(ix, row, loose=first and own_header) or _box_letters_row(row))
        if not hit:
            if header_row or (out and max_rows > 3 and any(ROW_FIGURE.search(c.text) for c in row) and
                              not TOTALS_ROW.search(ln.text)):
                continue  # (a row of figures with nothing in this column, an adjustment under a claim's row:
            break  # still the table's; a totals row ends it)
        under = min(hit, key=lambda c: abs((c.x0 + c.x1) / 2 - (cell.x0 + cell.x1) / 2))
        if out and row[0] is not under and row[0].text.rstrip().endswith(":") and _is_label_cell(ix, row[0]):
            break  # a 'Label: value' line under the table ('To: Dr. Ana Reyes', 'DOB: ...'): the rows have ended
        part = _under_this_header(ix, cell, under)  # (a row's cells OCR ran together: this column's words,
        long = len(under.words) > 10 and not spelled_out(under.words)  # a row of figures, however long, no prose)
        if long and part is not under and len(row) >= 3 and ROW_FIGURE.search(ln.text):
            long = len(part.words) > 10
        if _is_label_cell(ix, under) or long or OWN_LABEL.match(under.text):
            if header_row:
                continue
            break  # the next row of labels (a grid of label rows over value rows), or prose
        out.append(part)
    return out


ROW_FIGURE = re.compile(r"\(?\$?\d[\d,]*\.\d\d\)?(?!\d)")
TOTALS_ROW = re.compile(r"\b(?:sub)?totals?\b|\bbalance\b|\btotal\b|\bsaldo\b", re.I)


def _next_caption_x(heads: list[Cell], cell: Cell) -> float:
    """Where the next column's caption starts, right of this one (no end for the last column)."""
    return min((h.x0 for h in heads if h.x0 >= cell.x1), default=float("inf"))


def _full_row_under(heads: list[Cell], row: list[Cell]) -> bool:
    """A row with a cell under each of a wide header's cells (nine headers, nine values): the table's first row,
    however far below its header band it stands."""
    if len(heads) < 4 or 2 * len(row) < len(heads):
        return False  # (OCR may run two narrow cells of the row together: 'AC1001 5600000000001')
    under = sum(1 for h in heads if any(c.x0 < h.x1 and c.x1 > h.x0 for c in row))
    return under >= len(heads) - 1


def _level_with_next(ln: Line, nxt: list[Line]) -> bool:
    """A sidebar beside a letter's text: the text's line and the sidebar's next row stand at nearly one height,
    so OCR orders them as two lines; the text's, with nothing under the sidebar's caption, is not the column's
    end."""
    return bool(nxt) and nxt[0].page == ln.page and nxt[0].bbox[1] - ln.bbox[1] < 1.1 * max(ln.height, 1) and \
        (nxt[0].bbox[0] >= ln.bbox[2] or nxt[0].bbox[2] <= ln.bbox[0])


def _under_this_header(ix: KVIndex, cell: Cell, under: Cell) -> Cell:
    """A row cell OCR ran across several columns ('DOE, ANA  W123  26K55' under 'Patient', 'Member ID' and
    'Claim no.', the gaps too narrow to part them): only the words standing under this header, each word
    going to the header it overlaps most, or else to the one whose left edge is the last before its own (a
    column of text starts at its header). Marks and stray letters OCR read in a header row head no column."""
    heads = [h for h in ix.cells.get(id(cell.line), []) if len(re.findall(r"[A-Za-z]", h.text)) >= 3]
    if len(under.words) < 2 or sum(1 for h in heads if h.x0 < under.x1 and h.x1 > under.x0) < 2 or \
            len(ix.cells.get(id(under.line), [])) >= len(heads) or not is_table_header(ix, cell.line):
        return under  # (a row with as many cells as headers was parted well; a label's row is no header)
    slack = 0.5 * under.line.height

    def head_of(w: Word) -> Cell:
        over = max(heads, key=lambda h: min(w.bbox[2], h.x1) - max(w.bbox[0], h.x0))
        if min(w.bbox[2], over.x1) > max(w.bbox[0], over.x0):
            return over  # under a header's own span (a right-aligned amount ends under it)
        left = [h for h in heads if h.x0 <= w.bbox[0] + slack]
        return max(left, key=lambda h: h.x0) if left else min(heads, key=lambda h: h.x0)

    mine, prev = [], None
    for w, first_part in _unglued(under.words):
        head = prev if first_part and prev is not None else head_of(w)  # (a glued word's first part ends the
        if head is cell:  # cell before, wherever the cut of its box falls)
            mine.append(w)
        prev = head
    return Cell(mine, under.line) if mine else under


GLUED = re.compile(r"^(.*[\d.,)])([A-Z][a-z]{2,}\S*)$")  # '2026Denied', '$40.00Paid': two cells' words touching


def _unglued(words: list[Word]) -> list[tuple[Word, bool]]:
    """A tight table prints one cell's last word against the next cell's first ('January 30, 2026Denied'):
    each part is its own word (the first marked as such), its box cut in proportion to its letters."""
    out = []
    for w in words:
        m = GLUED.match(w.text)
        if not m:
            out.append((w, False))
            continue
        x0, y0, x1, y1 = w.bbox
        cut = x0 + (x1 - x0) * len(m.group(1)) / len(w.text)
        out += [(Word(m.group(1), w.conf, (x0, y0, cut, y1)), True), (Word(m.group(2), w.conf, (cut, y0, x1, y1)), False)]
    return out


# 'Portal submission no.: SUB-1234' under 'Review type': a cell that carries its own label and value
OWN_LABEL = re.compile(r"^[A-Za-z][A-Za-z .#/()\-]{0,40}:(?:\s|$)")


def _is_label_cell(ix: KVIndex, c: Cell) -> bool:
    return id(c) in ix.labelled or id(c) in ix.headers


VALUE_MARK = re.compile(r"\d{2}|[$\u20ac]")


def _label_row(ix: KVIndex, row: list[Cell], loose: bool = False) -> bool:
    """A row of column captions: every cell a label, or (loose: the caption's own second line, right under it)
    all but one on a wide header whose odd cell holds no value ('... responsibility code 7', a cut-off
    caption's stray mark read as a digit)."""
    if not row:
        return False
    labels = sum(1 for c in row if _is_label_cell(ix, c))
    if labels == len(row):
        return True
    return loose and labels >= 4 and labels == len(row) - 1 and not any(VALUE_MARK.search(c.text) for c in row)


CAPS_HEAD = re.compile(r"[A-Z][A-Z .'&/()\-]*")


def _caps_heads_over_values(ix: KVIndex, cell: Cell, nxt: Cell) -> bool:
    """'PROVIDER | ATTENDING NEPHROLOGIST' over 'Example Dialysis Center | Dr. Ana Reyes': two headings in
    capitals, each with a value under it, are a header row of two columns; the second heading is no value of
    the first (a row too short to be a table header)."""
    if not (CAPS_HEAD.fullmatch(cell.text.strip(" :")) and CAPS_HEAD.fullmatch(nxt.text.strip())):
        return False
    under_label, under_next = column(ix, cell, max_rows=1), column(ix, nxt, max_rows=1)
    if not (under_label and under_next) or under_label[0] is under_next[0] or \
            under_label[0].line is not under_next[0].line:
        return False  # (a form's rows in capitals, 'MEMBER | ANA B. EXAMPLE' over 'MEDICAID ID | 700...')
    return not _is_label_cell(ix, under_label[0]) and not _is_label_cell(ix, under_next[0]) and \
        all(any(ch.islower() for ch in c.text) for c in (under_label[0], under_next[0]))


def _next_cell(ix: KVIndex, cell: Cell) -> Cell | None:
    row = ix.cells.get(id(cell.line), [])
    for i, c in enumerate(row):
        if c is cell and i + 1 < len(row):
            return row[i + 1]
    return None


def pairs_of(ix: KVIndex, lab: Label) -> list[Pair]:
    """Where this label's value may be, best first. A label that names its field only in one of its slash
    parts ('Billed / allowed') takes a value only from a value list matched part for part ('$90.00 / $45.00'):
    one value under two names ('Account / patient #: 1234') may be either's."""
    out = []
    for pair in _pairs_of(ix, lab):
        matched = _slash_matched(ix.lex, pair)
        if matched is pair and _named_by_a_part(ix.lex, lab):
            continue
        out.append(matched)
    return out


def _named_by_a_part(lex: Lexicon, lab: Label) -> bool:
    words = lab.cell.words[lab.start:lab.end]
    return any(w.text == "/" for w in words) and not lex.field_scores(_classes_of(words, lex))


def _slash_parts(words: list[Word]) -> list[list[Word]]:
    """Words cut at lone slashes ('BIN / PCN / RxGRP', '610014 / MEDDPRIME / RX1234')."""
    parts: list[list[Word]] = [[]]
    for w in words:
        if w.text == "/":
            parts.append([])
            continue
        pieces = w.text.split("/") if "/" in w.text.strip("/") and not DATE_IN.search(w.text) else [w.text]
        for k, piece in enumerate(pieces):  # ('BIN/PCN/GROUP', '610014/MEDD/RX1234' printed without spaces)
            if k:
                parts.append([])
            if piece:
                parts[-1].append(Word(piece, w.conf, w.bbox))
    return parts if all(parts) else [words]


DATE_IN = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
# a value cell saying there is none ('None on file', 'N/A', 'Pending', 'Ninguno'): the label's value, empty (a dash
# alone is no such word: OCR reads a box's rule as one)
NO_VALUE = re.compile(r"(?:none|nothing|n/?a|not\s+(?:applicable|required|on\s+file|assigned|yet\s+assigned)|pending|"
                      r"unknown|ninguno|ninguna|no\s+aplica|pendiente)(?:\s+(?:on\s+file|given|required|"
                      r"assigned|yet))?\.?", re.I)


def _slash_matched(lex: Lexicon, pair: Pair) -> Pair:
    """Labels joined by slashes over values joined the same way ('BIN / PCN / RxGRP' then '610014 / MEDD /
    RX1234', as a drug card prints them): the label's field takes the value in its own place."""
    lab = pair.label
    names = _slash_parts(lab.cell.words[lab.start:lab.end])
    values = _slash_parts(pair.value.words)
    if len(names) < 2 or len(names) != len(values) or not lab.scores:
        return pair
    want = lab.scores[0].field
    best = [k for k, ws in enumerate(names)
            if any(sc.field == want for sc in lex.field_scores(_classes_of(ws, lex)))]
    if len(best) != 1:
        return pair
    return Pair(lab, Cell(values[best[0]], pair.value.line), pair.how)


def _classes_of(words: list[Word], lex: Lexicon) -> frozenset:
    out: set = set()
    for w in words:
        out |= lex.word_classes(w.text, w.conf) or set()
    return frozenset(out)


def _pairs_of(ix: KVIndex, lab: Label) -> list[Pair]:
    cell = lab.cell
    later = [x.start for x in ix.labels if x.cell is cell and x.start > lab.start]
    stop = min(later) if later else len(cell.words)
    inline = cell.words[lab.end:stop]
    if lab.colon and lab.cell.words[lab.end - 1].text.endswith(":"):
        inline = _to_sentence_end(inline)  # (a colon's label, not a sentence's 'providers;' before its remark code)
    inline = _to_clause_end(inline)
    if not any(re.search(r"[A-Za-z0-9]", w.text) for w in inline):
        inline = []  # ('Numero de miembro .': a speck after the caption, its value beside or below)
    chained = _slash_chain(ix, lab) if "/" in (w.text for w in cell.words) else None
    if chained is not None:
        return chained
    if inline:
        return [Pair(lab, Cell(inline, cell.line), "inline")]
    if stop < len(cell.words):
        return []  # the next label follows at once: this one's value is elsewhere or missing
    if id(cell.line) in ix.captions:
        return _value_above(ix, lab)
    if lab.start == 0 and is_table_header(ix, cell.line):
        return [Pair(lab, c, "column") for c in column(ix, cell)]
    out = []
    nxt = _next_cell(ix, cell)
    if nxt is not None and NO_VALUE.fullmatch(nxt.text.strip()):
        return []  # 'Referral no.    None on file': the label says it has none, the cell below is another's
    if nxt is not None and id(nxt) not in ix.labelled and id(nxt) not in ix.headers and \
            not _names_a_number(nxt, ix.lex) and not _caps_heads_over_values(ix, cell, nxt) and not _lettered_box(lab):
        out.append(Pair(lab, nxt, "next cell"))
    for c in column(ix, cell, max_rows=2, sidebar=True):
        if id(c) in ix.labelled or id(c) in ix.headers or (len(c.words) > 8 and not spelled_out(c.words)):
            break
        out.append(Pair(lab, c, "below"))
    if not out and lab.colon:
        out += _over_page_turn(ix, lab)
    return out + _date_over_caption(ix, lab)


BOX_LETTER = re.compile(r"[A-Z][.,]")


def _box_letters_row(row: list[Cell]) -> bool:
    """A row of lettered boxes' captions ('H. Patient birth date'), passed over on the way to the values under
    the row above it (its words too garbled by a fax to read as labels)."""
    return any(len(c.words) >= 2 and BOX_LETTER.fullmatch(c.words[0].text) and c.words[1].text[:1].isupper()
               for c in row)


def _lettered_box(lab: Label) -> bool:
    """'A. Notice date  B. Claim number  C. ...': a row of lettered boxes' captions, each value in the box under
    its caption; the cell beside a caption is the next box's caption, however OCR garbled it."""
    return lab.start == 1 and not lab.colon and bool(BOX_LETTER.fullmatch(lab.cell.words[0].text))  # ('B. Name:'
    # with its colon is an item of a form whose value follows it)


def _slash_chain(ix: KVIndex, lab: Label) -> list[Pair] | None:
    """Labels a slash apart, their values after the last the same way ('Member ID / Group  ABC123 / G-45'):
    each label takes the value in its own place, none when the counts differ; None when no such run."""
    chain = sorted((x for x in ix.labels if x.cell is lab.cell), key=lambda x: x.start)
    runs: list[list[Label]] = []
    for x in chain:
        between = lab.cell.words[runs[-1][-1].end:x.start] if runs else []
        if runs and between and all(w.text == "/" for w in between):
            runs[-1].append(x)
        else:
            runs.append([x])
    run = next((r for r in runs if any(x is lab for x in r)), [])
    if len(run) < 2:
        return None
    after = lab.cell.words[run[-1].end:]
    if not after and (beside := _next_cell(ix, lab.cell)) is not None:
        after = beside.words  # the values in the next cell ('Patient / ID' | 'Ana Reyes / QX1234')
    values = _slash_parts(after)
    if len(values) != len(run):
        return []
    k = next(i for i, x in enumerate(run) if x is lab)
    return [Pair(lab, Cell(values[k], lab.cell.line), "inline")]


# words whose full stop abbreviates rather than ends a sentence ('St. Mary Hospital', 'Dr. Ana Reyes', 'No. 12')
ABBREVIATION = re.compile(r"^(?:st|dr|dra|mr|mrs|ms|sr|sra|jr|no|nos|inc|co|corp|ltd|mt|ave|rd|ste|apt|vs|etc|e\.g|i\.e)\.$", re.I)


def _to_sentence_end(words: list[Word]) -> list[Word]:
    """An inline value ends where its sentence does: 'Total billed on the claim: $90.00. We paid 99213 and ...'
    gives the claim label $90.00, not the procedure codes of the next sentence. A sentence ends after a number, a
    word in small letters or a credential in capitals ('Dr. Ana', 'Mesa Inc. Billing' run on)."""
    for k in range(1, len(words)):
        prev, word = words[k - 1].text, words[k].text
        stem = prev.rstrip(".")
        ends = prev.endswith(".") and len(prev) > 2 and (prev[0].islower() or any(ch.isdigit() for ch in prev) or
                                                         (stem.isalpha() and stem.isupper() and (len(stem) > 2 or stem == "MD")))
        # ('..., MD. Patient', '..., DDS. The'; never 'OD.' or 'DO.', as often an initial OCR read with a letter too many)
        if ends and not ABBREVIATION.match(prev) and word[:1].isupper() and word[1:2].islower():
            return words[:k]
    return words


CLAUSE_SUBJECT = frozenset({"your", "our", "the", "his", "her", "their", "its", "su", "sus", "el", "la", "nuestro",
                            "nuestra"})


def _to_clause_end(words: list[Word]) -> list[Word]:
    """An inline value ends where a new clause opens after a comma or semicolon ('number PA123, and your member
    ID is W456'): the next clause names its own thing."""
    for k in range(1, len(words) - 1):
        if not words[k - 1].text.endswith((",", ";")):
            continue
        j = k + (fold(words[k].text) in ("and", "or", "y", "o"))
        if j < len(words) and fold(words[j].text) in CLAUSE_SUBJECT and (j > k or words[k - 1].text.endswith(";")):
            return words[:k]
    return words


def _date_over_caption(ix: KVIndex, lab: Label) -> list[Pair]:
    """A lone 'Date' caption under a date alone in its cell (a signature block's 'Name ... Date' printed
    under 'Ana Reyes ... March 4, 2026'): the date is the caption's value."""
    from intake.extract.captions import above
    from intake.extract.dates import find_dates

    if lab.start or lab.end != len(lab.cell.words) or lab.colon or lab.classes - {"connector"} != {"date"}:
        return []
    pos = ix.position(lab.cell.line)
    if pos <= 0 or ix.lines[pos - 1].page != lab.cell.line.page:
        return []
    over = above(lab.cell, ix.cells.get(id(ix.lines[pos - 1]), []))
    found = find_dates(over.text) if over is not None else []
    if len(found) != 1 or len(over.text) - (found[0][2] - found[0][1]) > 3:
        return []
    return [Pair(lab, over, "above")]


PAGE_FURNITURE = re.compile(r"\b(?:page|p[aá]gina|pg)\b|\b\d+\s*(?:of|de|/)\s*\d+\b", re.I)


def _over_page_turn(ix: KVIndex, lab: Label) -> list[Pair]:
    """'Amount billed:' the last thing on a page (large print, a long form) and its value the first line of
    the next: the value below, across the page's footer."""
    pos = ix.position(lab.cell.line)
    if pos < 0:
        return []
    j = pos + 1
    while j < len(ix.lines) and ix.lines[j].page == lab.cell.line.page:
        if not PAGE_FURNITURE.search(ix.lines[j].text):
            return []
        j += 1
    if j >= len(ix.lines) or ix.lines[j].page != lab.cell.line.page + 1:
        return []
    first = ix.cells.get(id(ix.lines[j]), [])
    if not first or id(first[0]) in ix.labelled or id(first[0]) in ix.headers or len(first[0].words) > 8:
        return []
    return [Pair(lab, first[0], "below")]


def _value_above(ix: KVIndex, lab: Label) -> list[Pair]:
    """A caption printed under its value ('RM123 / Member identification number'): the cell above."""
    from intake.extract.captions import above

    pos = ix.position(lab.cell.line)
    got = above(lab.cell, ix.cells.get(id(ix.lines[pos - 1]), [])) if pos > 0 else None
    return [Pair(lab, got, "above")] if got is not None else []


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


NUMBER_WORDS = frozenset({"number", "no", "no.", "#", "numero", "numbered"})
DATE_FIELDS = frozenset({"denial_date", "service_dates", "appeal_deadline"})
ID_FIELDS = frozenset({"member_id", "group_number", "plan_id", "case_numbers"})
# the words that name this case's own number in a sentence without 'number' ('under request PA-1234567',
# '(reference UM1234567)', 'your appeal as APL-123456'); never 'authorization X' (often another part's approval:
# 'approved under authorization X'), a review organisation's 'file', a coverage policy's 'determination L1234'
# ('our decision on precertification PC-1234567', 'Informal review IR-26-12345': a review's or a precertification's
# own coded number is the case's too)
CASE_WORDS = frozenset({"reference", "ref", "request", "appeal", "referencia", "solicitud", "apelacion", "review",
                        "revision", "precertification", "precert", "pre-certification", "preauthorization",
                        "pre-authorization", "predetermination"})
# a number in a code's letters and digits ('PA-12345678', 'UM12345678', 'APL-123456'): no date, amount or count
# ('QD-2031-80001': a year's four digits, then the serial)
CODED_NUMBER = re.compile(r"[A-Z]{1,5}-?(?:\d{5,}|\d{2,4}-\d{4,})(?:-[A-Z0-9]+)?")


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
            if opened is not None and _run(Cell(words, ln), opened, lex)[2]:
                i = opened  # 'services (Estimated cost: ...)': a label of its own inside the brackets, not
                continue    # 'claim (reference 12-345)', the claim's reference
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
                    len(ix.cells.get(id(ln), ())) < 3 else None  # (a table's header row goes on in its columns)
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
