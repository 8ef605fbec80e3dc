"""Text normalisation shared by rules and parsers: accents off, OCR look-alikes fixed, case folded."""

from __future__ import annotations

import unicodedata

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


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
    out = []
    for ch in text.translate(_DASHES):
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        low = base.casefold()
        out.append(low[0] if len(low) >= 1 else ch)
    return "".join(out)


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
