"""Clean person and organisation names cut from a line: 'DOE, JANE A' becomes 'Jane A. Doe'."""

from __future__ import annotations

import re

STOP_WORDS = re.compile(
    r"\b(?:dob|d\.o\.b|date|birth|id|member|subscriber|group|grp|claim|npi|tin|account|acct|phone|tel|fax|"
    r"address|plan|policy|case|ref|reference|provider|fecha|numero|n\u00famero|nacimiento|identificacion)\b.*",
    re.I)
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta"}
NOT_NAME = {"we", "the", "you", "your", "our", "this", "that", "for", "and", "of", "to", "is", "was", "are", "has",
            "have", "not", "a", "an", "in", "on", "at", "by", "with", "member", "patient", "services", "service",
            "el", "la", "los", "las", "su", "de", "del", "y", "para", "hemos", "usted", "n/a", "none", "name",
            "information", "department", "plan", "health", "insurance", "dear"}
NAME_TOKEN = re.compile(r"^[A-Za-z\u00c0-\u017f][A-Za-z\u00c0-\u017f'\-]*\.?$")
ORG_CUT = re.compile(r"\s*(?:\(|npi\b|tin\b|tax\s*id|id\s*#|phone|tel\b|fax\b|,\s*(?:npi|md\b.*npi)).*", re.I)


def _case(tok: str) -> str:
    if tok.isupper() or tok.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-"))
    return tok


def clean_person(text: str) -> str | None:
    """'First M. Last' from a label's value; None when it does not look like a person's name."""
    text = STOP_WORDS.sub("", text or "").strip(" :;,-")
    text = re.split(r"\s{2,}|\d", text)[0].strip(" ,;:-")
    text = re.sub(r"\b([A-Z])\s([a-z]{2,})", r"\1\2", text)  # OCR split 'J oseph'
    text = re.sub(r"(?<=\s)[}\]](?=\.)", "J", text)  # an initial J read as '}' or ']'
    if "," in text:  # LAST, FIRST M
        last, _, rest = text.partition(",")
        text = f"{rest.strip()} {last.strip()}"
    toks = [t for t in text.split() if t.strip(".").casefold() not in TITLES]
    if len(toks) == 3 and len(toks[2].rstrip(".")) == 1 and len(toks[1].rstrip(".")) > 1:
        toks = [toks[1], toks[2], toks[0]]  # 'FISCHER ROSA H' (comma lost): last name first
    if not 2 <= len(toks) <= 5 or not all(NAME_TOKEN.match(t) for t in toks):
        return None
    if any(len(t.strip(".")) > 1 and t.strip(".").casefold() in NOT_NAME for t in toks):
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


def clean_org(text: str) -> str | None:
    """A provider or insurer name: cut at NPI, phone and ID trailers; keep the printed words."""
    text = ORG_CUT.sub("", text or "")
    text = re.split(r"\s{2,}|\s\d{3,}", text)[0].strip(" ,;:-")
    words = text.split()
    if not words or len(words) > 9 or not re.search(r"[A-Za-z]{2}", text):
        return None
    if sum(c.isdigit() for c in text) > 3:
        return None
    return text
