"""Clean person and organisation names cut from a line: 'DOE, JANE A' becomes 'Jane A. Doe'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# a person written 'First M. Last' ('Ana B. Example', 'Ana B. Example-Quillby'): how a claim heading names its patient
INITIALLED_NAME = re.compile(r"(?<![\w.])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+\s[A-Z]\.\s[A-Z\u00c0-\u00de][a-z\u00df-\u00ff']+"
                             r"(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff']+)?(?![\w-])")  # (accented: 'Esm\u00e9', 'Jos\u00e9')
NAME_TOKEN = re.compile(r"^[A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f'\-]*\.?$")


@dataclass(frozen=True)
class NameWords:
    """rules/names.yaml compiled: where a name ends, titles to drop, words no name holds."""

    stop: re.Pattern
    titles: frozenset
    not_name: frozenset
    org_cut: re.Pattern


# what ends a name after its comma: an NPI, as OCR may read it ('NP|', 'NP!'), a doctor's 'MD ... NPI', or a
# program's provider number ('Example Health Center, Medicaid provider no. 7221')
ORG_TRAILER = r"npi|np[|!l1](?=\s|$)|md\b.*npi|(?:[a-z]+\s+)?provider(?:\s+(?:no\b|number|id\b|#)|\s*$)"
ORG_TRAILER_CUT = re.compile(rf",\s*(?:{ORG_TRAILER}).*", re.I)


@lru_cache(maxsize=4)
def name_words(rules=None) -> NameWords:
    """Compiled once per rule set (the default rules when none is given), never per value."""
    if rules is None:
        from intake.rules import cached_rules

        rules = cached_rules()
    w = rules.names
    stop = "|".join(re.escape(x) for x in sorted(w.stop_words, key=len, reverse=True))
    org = "|".join(re.escape(x).replace("\\ ", "\\s*") for x in w.org_stop_words)
    return NameWords(stop=re.compile(rf"\b(?:{stop})\b.*", re.I), titles=frozenset(w.titles),
                     not_name=frozenset(w.not_name),
                     org_cut=re.compile(rf"\s*(?:\(|\b(?:{org})\b|,\s*(?:{ORG_TRAILER})).*", re.I))


def _case(tok: str) -> str:
    if tok.isupper() or tok.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-"))
    return tok


# a middle initial OCR read as the digit it looks like, between a first and a last name ('Ingrid 8. Example')
DIGIT_INITIAL = re.compile(r"(?<=[A-Za-z]\s)([01568])\.(?=\s[A-Z][a-z])")
INITIAL_OF_DIGIT = {"0": "O", "1": "I", "5": "S", "6": "G", "8": "B"}
# a first name, an initial and a comma, a last name ('Ana B, Reyes'): the initial's stop, never 'LAST, FIRST'
MIDDLE_COMMA = re.compile(r"^([A-Z\u00c0-\u00de][A-Za-z\u00df-\u00ff'-]+)\s+([A-Z]),\s+"
                          r"(?=[A-Z\u00c0-\u00de][A-Za-z\u00df-\u00ff'-]+$)")
# a name of two words or more closed by a stop after a word (no initial's) before a new sentence's capital
SENTENCE_AFTER_NAME = re.compile(r"^(\S+\s+.*?[a-z\u00df-\u00ff]{2})\.\s+[A-Z].*$")
FIRST_COMMA_INITIAL = re.compile(r"^([A-Z][a-z]+),\s+([A-Z]\.\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


def without_leading_titles(text: str) -> str:
    """'The Rev. Ana Reyes', 'Pastora Ana Reyes': the name without the titles before it (a title such as 'Rev.'
    is a label's word elsewhere, a revenue code's)."""
    toks = text.split()
    titles = name_words().titles
    if len(toks) > 1 and toks[0].casefold() == "the" and toks[1].strip(".").casefold() in titles:
        toks = toks[1:]  # (the article belongs to the title)
    while len(toks) > 2 and toks[0].strip(".").casefold() in titles:
        toks = toks[1:]
    return " ".join(toks) if len(toks) != len(text.split()) else text


def clean_person(text: str) -> str | None:
    """'First M. Last' from a label's value; None when it does not look like a person's name."""
    words = name_words()
    text = words.stop.sub("", text or "").strip(" :;,-")
    text = re.sub(r"^[^\w(]+", "", text)  # a quote or speck OCR read before the name ('\u201c Ana Reyes')
    text = re.sub(r"^[a-z]\s+(?=[A-Z]{2,})", "", text)  # a form's sub-box letter ('b CLOAREC, ANA M') before it
    text = DIGIT_INITIAL.sub(lambda m: INITIAL_OF_DIGIT[m.group(1)] + ".", text)  # 'Ana 8. Reyes': OCR's 'B.'
    text = re.split(r"\s{2,}|\d", text)[0].strip(" ,;:-")
    text = SENTENCE_AFTER_NAME.sub(r"\1", text)  # 'Ana B. Reyes. Ordered by ...': the name ends at its stop
    text = re.sub(r"\b([A-Z])\s([a-z]{2,})", r"\1\2", text)  # OCR split 'J oseph'
    text = re.sub(r"(?<=\s)[}\]](?=\.)", "J", text)  # an initial J read as '}' or ']'
    text = re.sub(r"(?<=[a-z])[}\]]\.(?=\s[A-Z])", " J.", text)  # (the space before it lost: 'Ana]. Reyes')
    text = re.sub(r"(?<=[a-z])[!|](?=\s|$)", "", text)  # a speck read after a word ('Rafael! E. Reyes', 'Ana| B.')
    text = FIRST_COMMA_INITIAL.sub(r"\1 \2", text)  # 'Ana, B. Reyes': a speck read as a comma, no 'LAST, FIRST'
    text = MIDDLE_COMMA.sub(r"\1 \2. ", text)  # 'Ana B, Reyes': a fax's stop after the initial read as a comma

    if len(re.findall(r"\b[A-Z](?:[a-z]|\.)", text)) >= 2:  # a capital I read as 'l' in a name of capitalised words
        text = re.sub(r"(?:(?<=\s)|^)l(?=[a-z]{3,}\b)", "I", text)
    if "," in text and INITIALLED_NAME.fullmatch(text.partition(",")[0].strip()):
        text = text.partition(",")[0]  # 'Ana B. Reyes, Medicare number ...': the whole name before the comma
    elif "," in text:  # LAST, FIRST M
        last, _, rest = text.partition(",")
        text = f"{rest.replace(',', ' ').strip()} {last.strip()}"  # 'LAST, FIRST, M' as a claim form asks
    text = re.sub(r"(?<=[a-z])['\u2019]s$", "", text)  # ('your daughter Ana Reyes's wrist': the person's name)
    toks = [t for t in without_leading_titles(text).split() if t.strip(".").casefold() not in words.titles]
    if len(toks) == 3 and len(toks[2].rstrip(".")) == 1 and len(toks[1].rstrip(".")) > 1:
        toks = [toks[1], toks[2], toks[0]]  # 'FISCHER ROSA H' (comma lost): last name first
    if not 2 <= len(toks) <= 5 or not all(NAME_TOKEN.match(t) for t in toks):
        return None
    if any(len(t.strip(".")) > 1 and t.strip(".").casefold() in words.not_name for t in toks):
        return None
    out = []
    for t in toks:
        t = _case(t)
        if len(t.rstrip(".")) == 1:
            t = t.rstrip(".").upper() + "."
        out.append(t)
    if len(out[0].rstrip(".")) == 1 and len(out) == 2:
        return None
    return " ".join(out)


def _before_street(text: str) -> str:
    """'Example Home Medical, 12 Sample Street, Unit 9, ...': the name ends where a short house number opens
    its street (a number of three digits or more is cut anyway)."""
    from intake.extract.ids import STREET_AFTER

    for m in re.finditer(r",\s*\d{1,2}(?=\s)", text):
        if STREET_AFTER.match(text[m.end():]):
            return text[:m.start()]
    return text


# a store's number after a name ('Example Pharmacy #12'): part of the name, no identifier of the case
STORE_NUMBER = re.compile(r"\s*#\s?\d{1,6}$")
# 'Example Drug Co., store 0417': the branch's number after the chain's name, no part of the name
STORE_WORD = re.compile(r",?\s+(?:store|location|branch|tienda|sucursal)\s*(?:no\.?|#)?\s*\d{1,6}$", re.I)


def clean_org(text: str) -> str | None:
    """A provider or insurer name: cut at NPI, phone and ID trailers; keep the printed words."""
    text = _before_street(name_words().org_cut.sub("", text or ""))
    text = re.split(r"\s{2,}|\s\d{3,}", text)[0].strip(" ,;:-")
    text = re.sub(r"(?<=[a-z]{2})[!|](?=\s[A-Z])", "", text)  # a speck after a word ('Example Behavioral! Health')
    words = text.split()
    if not words or len(words) > 9 or not re.search(r"[A-Za-z]{2}", text):
        return None
    if sum(c.isdigit() for c in STORE_NUMBER.sub("", text)) > 3:  # (a store's number is part of its name)
        return None
    return text
