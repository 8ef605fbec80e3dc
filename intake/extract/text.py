"""Text normalisation shared by rules and parsers: accents off, OCR look-alikes fixed, case folded."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern:
    """A rule's pattern compiled once per process: the rules hold more patterns than `re`'s own cache keeps
    (512), so patterns passed as strings were parsed and compiled again on every document."""
    return re.compile(pattern)


def fold(text: str) -> str:
    """Lower-case, accent-free, typographic dashes and quotes made plain; length may change."""
    if text.isascii():  # nothing to translate or strip: the common case, and a hot path
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def fold_keep_len(text: str) -> str:
    """Like fold() but one output character per input character, so match offsets map back."""
    if text.isascii():  # the common case, and a hot path: no per-character work
        return text.lower()
    return "".join(map(_folded_char, text))


@lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    """One character as fold_keep_len prints it: dashes and quotes plain, accents off, lower case."""
    base = unicodedata.normalize("NFKD", ch.translate(_DASHES))
    base = "".join(c for c in base if not unicodedata.combining(c)) or ch.translate(_DASHES)
    low = base.casefold()
    return low[0] if len(low) >= 1 else ch.translate(_DASHES)


def one_edit(a: str, b: str) -> bool:
    """At most one letter different, added or missing: one OCR slip ('Septernber', 'Subscrlber')."""
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b)))


# a word OCR split after its capital ('Insurance C ompany', 'Homecare E quipment'): a lone capital, then three
# letters or more in lower case that are no word of their own (never 'A', 'I', 'O', 'Y', words alone)
SPLIT_CAPITAL = re.compile(r"\b([B-HJ-NP-XZ])\s(?!(?:and|the|for|of|de|del|los|las|por|con)\b)(?=[a-z]{3,}\b)")


def join_split_capitals(text: str) -> str:
    """The words of a name OCR split after their capitals, joined again."""
    return SPLIT_CAPITAL.sub(r"\1", text)
