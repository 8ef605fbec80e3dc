"""Doctors named anywhere in a notice ('you received from Dr. Ana Reyes on ...', 'Chest X-ray - Dr. Ana
Reyes, Mesa Cardiology', 'Ana Reyes, MD'): the treating provider when no label names one, unless the words
around the name make that doctor the plan's reviewer or the letter's signer."""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"[A-Z][\w'\u00c0-\u017f\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u00c0-\u017f\-]+){1,2}"
TITLED = re.compile(rf"\b(?:Dr|Dra|Doctor|Doctora)\.?\s+(?P<name>{NAME})")
# ('Baltimore, MD 21201': the state before a ZIP code, no doctor's degree)
CREDENTIALED = re.compile(rf"(?P<name>\b{NAME}),\s*(?:M\.?D|D\.?O|DDS|DMD|DPM|OD|NP|FNP|PA-C)\b\.?(?!\s*\d{{5}})")
WORD = re.compile(r"[\w\-']+")
# a clause set between commas right after a name: what the sentence says the person did comes after it
APPOSITIVE = re.compile(r"\s*,\s*(?:who|whom|an?|the|our|one\s+of)\b[^,]{0,80},")


@dataclass(frozen=True)
class Mention:
    """One doctor's name on a line: the value to report and where it starts."""

    value: str
    start: int


def doctors_in(text: str, reviewer_words: frozenset[str],
               referrer_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Doctors a line names as someone who gave care: 'Dr. Ana Reyes' (title kept, as printed) or 'Ana Reyes,
    MD' (credential dropped), never one whose nearby words make a reviewer ('reviewed by Dr. ...', '...,
    medical director')."""
    out: list[Mention] = []
    for pat, titled in ((TITLED, True), (CREDENTIALED, False)):
        for m in pat.finditer(text):
            name = _trim(m.group("name"))
            if len(name.split()) < 2 or _reviewer(text, m.start(), m.end(), reviewer_words, referrer_words):
                continue
            value = f"Dr. {name}" if titled else name
            if not any(o.start <= m.start() < o.start + len(o.value) + 4 for o in out):
                out.append(Mention(value, m.start()))
    return sorted(out, key=lambda x: x.start)


def _trim(name: str) -> str:
    """'Ana Reyes On' read past the name: a last word in lower case after the first is no part of it."""
    words = name.split()
    while len(words) > 2 and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words).rstrip("-'")


def _reviewer(text: str, start: int, end: int, reviewer_words: frozenset[str],
              referrer_words: frozenset[str] = frozenset()) -> bool:
    """Four words before the title or three after the name say review or signature; or the words just before
    say the doctor referred the patient ('Referred by: Dr. ...', 'referring physician Dr. ...'), where 'referred
    to Dr. ...' names who gave the care."""
    before = [w.lower() for w in WORD.findall(text[:start])][-4:]
    after = [w.lower() for w in WORD.findall(text[end:])][:3]
    aside = APPOSITIVE.match(text[end:])
    if aside:  # ('Dr. Ana Reyes, who took no part in the first decision, reviewed the appeal')
        after += [w.lower() for w in WORD.findall(text[end + aside.end():])][:2]
    if any(w in reviewer_words for w in before + after):
        return True
    referred_by = len(before) >= 2 and before[-1] in ("by", "por") and before[-2] in referrer_words
    return referred_by or any(w in referrer_words and w.endswith(("ing", "ente")) for w in before[-3:])
