"""Which field a label names, decided from the classes of the words in it (rules/lexicon.yaml).

A label such as "Employee ID #" or "Nº de afiliado" is never listed anywhere: its words fall in classes
(who the ID belongs to, an identifier head) and a combination of classes names the field. Words of five
or more letters also match with one OCR slip, so "Subscrlber" is still a subscriber.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from intake.extract.text import fold, one_edit

SUBTOKEN = re.compile(r"[a-z0-9\u00ba\u00b0\u00aa][a-z0-9\u00ba\u00b0\u00aa'\-]*|#")
DOTTED = re.compile(r"\b(?:[a-z]\.){1,3}[a-z]\b\.?")
COLON_END = re.compile(r"[:;]$")
CONNECTOR = "connector"
PERSON_HEADS = frozenset({"patient", "holder"})  # classes whose word may head a hyphenated compound
FUZZY_BELOW = 0.9
OCR_BELOW = 0.99  # a text layer's words come at 1.0; Tesseract's never reach 0.99: below it, a word was OCR'd


@dataclass(frozen=True)
class FieldScore:
    field: str
    score: float
    rule: str  # "lexicon.<field>.signals[i]": which combination of word classes fired


# a word of letters with one or two digits among them that look like letters ('NO1ICE', 'MEMB0R'): a fax's or a
# copy's slip inside a label word, never a code or a number ('E0260', '2nd')
DIGIT_IN_WORD = re.compile(r"[a-z]{2,}[0158][a-z]+(?:[0158][a-z]+)?")
DIGIT_AS_LETTER = str.maketrans("0158", "olsb")
LEADING_ONE = re.compile(r"1[a-z]{2,}")
# letter pairs a fax or a copy prints for one letter and back ('inember', 'Meniber', 'arnount', 'extemal'): tried
# once each, in a word the OCR was unsure of, when no one-slip reading exists
STROKE_SWAPS = (("rn", "m"), ("in", "m"), ("ni", "m"), ("m", "rn"))
# 'ID' with its I read as a bar, a bang or a J ('Member !D', 'Recipient JD;')
BARRED_ID = re.compile(r"^[!|j]d(?=[:;.#]*$)")
# 'ID' as a standard fax prints it in a word OCR was unsure of: its D read as O, a bracket or p ('Member IO',
# 'Enrollee I)', 'Patient ip'), its I as T with a bang after ('TD!'); never a number ('10' is too often one)
FAX_ID = re.compile(r"^(?:[Ii|][Oo)]|[Ii]p|T[DP]!)[:;.#]*$")

N_DOT = re.compile(r"^n\.\s?(?:2|o|\u00ba|\u00b0)(?![\w.])")


def subtokens(word: str) -> list[str]:
    """'ID#:' -> ['id', '#'], 'Group/Employer' -> ['group', 'employer'], 'No.' -> ['no'], 'Insured's' -> ['insured']."""
    low = fold(word).replace("n\u00ba", "no ").replace("n\u00b0", "no ").replace("+", "#")
    low = N_DOT.sub("no ", low)  # 'N.º', 'N.°' and OCR's 'N.2', 'N.o': the number word
    low = DOTTED.sub(lambda m: m.group(0).replace(".", ""), low)  # 'd.o.b.', 'i.d.' -> 'dob', 'id'
    low = BARRED_ID.sub("id", low)
    toks = [t.strip("'-") for t in SUBTOKEN.findall(low) if t.strip("'-")]
    return [t[:-2] if t.endswith("'s") and len(t) > 3 else t for t in toks]  # 'INSURED'S NAME': the insured's


class Lexicon:
    """The word classes of rules/lexicon.yaml, with OCR-tolerant look-up; built once per rule set."""

    def __init__(self, lexicon_file):
        self.file = lexicon_file
        classes: dict[str, set[str]] = {}
        for cls, words in lexicon_file.classes.items():
            for w in words:
                for tok in subtokens(w) or [w]:
                    classes.setdefault(tok, set()).add(cls)
        self.exact = {w: frozenset(c) for w, c in classes.items()}
        self.long_words = [w for w in self.exact if len(w) >= 5]
        self.classes_of = lru_cache(maxsize=20000)(self._classes_of)
        self._word = lru_cache(maxsize=50000)(self._word_classes)  # per printed word: the hot path
        self.field_scores = lru_cache(maxsize=4096)(self._field_scores)
        self.fallback_rules = frozenset(f"lexicon.{name}.signals[{i}]" for name, spec in lexicon_file.fields.items()
                                        for i, sig in enumerate(spec.signals) if sig.fallback)

    def _classes_of(self, tok: str, fuzzy: bool = False) -> frozenset[str]:
        got = self.exact.get(tok)
        if got is not None:
            return got
        if fuzzy and LEADING_ONE.fullmatch(tok):  # ('1CN' for 'ICN': a capital I read as the digit one)
            got = self.exact.get("i" + tok[1:])
            if got is not None:
                return got
        if fuzzy and len(tok) >= 5 and not tok.isalpha() and DIGIT_IN_WORD.fullmatch(tok):
            tok = tok.translate(DIGIT_AS_LETTER)  # ('NO1ICE', 'CLA1M': a letter OCR read as the digit it looks like)
            got = self.exact.get(tok)
            if got is not None:
                return got
        if fuzzy and len(tok) >= 5 and tok.isalpha():
            near = [w for w in self.long_words if one_edit(tok, w)]
            if len(near) == 1:
                return self.exact[near[0]]
            swapped = self._stroke_swapped(tok)
            if swapped:
                return swapped
        if "-" in tok:
            return self._hyphenated(tok, fuzzy)
        return self._glued(tok) if len(tok) >= 7 and tok.isalpha() else frozenset()

    def _i_read_as_l(self, tok: str) -> frozenset[str]:
        """An i OCR read as an l inside a word, as it often does even when sure ('Clalm', 'Pald', 'Recelved',
        'Medicald'): the one label word it reads as with the i put back; never beside another l ('mall')."""
        if len(tok) < 4 or "l" not in tok[1:]:
            return frozenset()
        found = {self.exact[t] for k in range(1, len(tok)) if tok[k] == "l" and "l" not in (tok[k - 1], tok[k + 1:k + 2])
                 for t in (tok[:k] + "i" + tok[k + 1:],) if t in self.exact}
        return next(iter(found)) if len(found) == 1 else frozenset()

    def _l_read_as_i(self, tok: str) -> frozenset[str]:
        """An l OCR read as an i ('Pian' over a plan's code, 'Ciaim', 'Poiicy'): the one label word it reads as
        with one l put back, in a word of four letters or more that is no label word as printed."""
        if len(tok) < 4 or "i" not in tok[1:]:
            return frozenset()
        found = {self.exact[t] for k in range(1, len(tok)) if tok[k] == "i"
                 for t in (tok[:k] + "l" + tok[k + 1:],) if t in self.exact}
        return next(iter(found)) if len(found) == 1 else frozenset()

    def _stroke_swapped(self, tok: str) -> frozenset[str]:
        """The one reading of a word with a letter pair put right ('inember' -> 'member'); none when two differ."""
        found = {self.exact[t] for a, b in STROKE_SWAPS if a in tok
                 for t in (tok.replace(a, b, 1),) if len(t) >= 5 and t in self.exact}
        return next(iter(found)) if len(found) == 1 else frozenset()

    def _hyphenated(self, tok: str, fuzzy: bool) -> frozenset[str]:
        """'Member-ID', 'Claim-No': label words joined by a hyphen are those words; a person's word heading a
        compound ('member-owner', 'subscriber-employee') still names that person (a co-operative's member-owner)."""
        parts = [p for p in tok.split("-") if p]
        if len(parts) < 2:
            return frozenset()
        got = [self.classes_of(p, fuzzy) for p in parts]
        if all(got) and not any(CONNECTOR in g for g in got):
            return frozenset().union(*got)
        if got[0] & PERSON_HEADS and all(p.isalpha() and len(p) >= 3 for p in parts[1:]):
            return got[0]
        return frozenset()

    def _glued(self, tok: str) -> frozenset[str]:
        """OCR drops the space between label words ('Amountcharged', 'MEMBERID'): two known words glued."""
        for k in range(3, len(tok) - 1):
            a, b = self.exact.get(tok[:k]), self.exact.get(tok[k:])
            if a and b and CONNECTOR not in a | b:
                return a | b
        return frozenset()

    def word_classes(self, word: str, conf: float = 1.0) -> frozenset[str] | None:
        """The classes of a printed word; None when any part of it is not a label word. Only a word the
        OCR was unsure of (conf below 0.9) may match with one slip, and only an OCR'd word with an i read as an
        l: text layers have no slips."""
        return self._word(word, conf < FUZZY_BELOW, conf < OCR_BELOW)

    def _word_classes(self, word: str, fuzzy: bool, ocr: bool = False) -> frozenset[str] | None:
        if fuzzy and FAX_ID.match(word.strip()):
            word = "ID"
        toks = subtokens(word)
        if not toks:
            return frozenset({CONNECTOR}) if word.strip() in (":", "-", "/", "(s)", "|") else None
        out: set[str] = set()
        for tok in toks:
            got = self.classes_of(tok, fuzzy) or (self._i_read_as_l(tok) or self._l_read_as_i(tok) if ocr
                                                  else frozenset())
            if not got:
                return None
            out |= got
        return frozenset(out)

    def _field_scores(self, classes: frozenset[str]) -> tuple[FieldScore, ...]:
        """Every field these label words name, best first; blocked fields are left out (cached: a tuple)."""
        out = []
        for name, spec in self.file.fields.items():
            blocked = classes & set(spec.blockers)
            for i, sig in enumerate(spec.signals):
                if set(sig.all) <= classes and not blocked - set(sig.despite) and not classes & set(sig.unless):
                    out.append(FieldScore(name, sig.score, f"lexicon.{name}.signals[{i}]"))
                    break
        return tuple(sorted(out, key=lambda f: -f.score))


_LEXICONS: dict[str, Lexicon] = {}


def lexicon_of(rules) -> Lexicon:
    """One Lexicon per rule set (keyed by its digest): never rebuilt per page."""
    lex = _LEXICONS.get(rules.digest)
    if lex is None:
        lex = _LEXICONS[rules.digest] = Lexicon(rules.lexicon)
    return lex


def ends_label(word: str) -> bool:
    """A label ends at a colon (or a '#' that stands for 'number')."""
    return bool(COLON_END.search(word.strip())) or word.strip().endswith("#")
