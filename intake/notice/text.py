"""A notice as sentences: each with its page, its searchable form, and whether it sits in a general insert."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from intake.notice.rules import compile_cue

_PLAIN = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2018": "'",
                        "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "|": "l"})
_IN_WORD = {"0": "o", "1": "l", "5": "s"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00bf\u00a1(\"])|\n"
                           # a bare code line run into the next sentence: "Reason code: PR-204 Your chart..."
                           r"|(?<=\b[A-Z]{2}-\d)\s+(?=(?:Your|The|We|This|Our|You|Su|Sus|El|La|Los|Las|Usted)\b)"
                           r"|(?<=\b[A-Z]{2}-\d\d)\s+(?=(?:Your|The|We|This|Our|You|Su|Sus|El|La|Los|Las|Usted)\b)"
                           r"|(?<=\b[A-Z]{2}-\d\d\d)\s+(?=(?:Your|The|We|This|Our|You|Su|Sus|El|La|Los|Las|Usted)\b)")
HEADING_MAX_WORDS = 8


def searchable(text: str) -> str:
    """Lower-case, accent-free, one character per input character (offsets map back), OCR digit slips
    inside words undone ('c1aim' -> 'claim', 'appea1' -> 'appeal') while numbers stay numbers."""
    plain = text.translate(_PLAIN)
    if plain.isascii():  # the common case: one lower-case letter per letter, no per-character Unicode work
        out = list(plain.lower())
    else:
        out = []
        for ch in plain:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)) or ch
            out.append(base.casefold()[:1] or ch)
    for i, ch in enumerate(out):
        if ch in _IN_WORD and _in_a_word(out, i):
            out[i] = _IN_WORD[ch]
    return "".join(out)


def _in_a_word(s: list[str], i: int) -> bool:
    """Between letters, or ending or starting a word of at least three letters ('appea1', '5ection');
    a code such as 'B7' or 'CO-50' keeps its digits."""
    def alpha(j: int) -> bool:
        return 0 <= j < len(s) and s[j].isalpha()

    def edge(j: int) -> bool:
        return not (0 <= j < len(s)) or not s[j].isalnum()

    return ((alpha(i - 1) and alpha(i + 1)) or (alpha(i - 1) and alpha(i - 2) and edge(i + 1))
            or (alpha(i + 1) and alpha(i + 2) and edge(i - 1)))


@lru_cache(maxsize=4096)
def cue(pattern: str) -> re.Pattern:
    return compile_cue(pattern)


@dataclass
class Sentence:
    text: str  # as printed (OCR'd)
    norm: str  # searchable()
    page: int
    heading: bool = False
    insert: bool = False  # part of a general insert (appeal rights, taglines, nondiscrimination...)
    hedged: bool = False  # in an insert, after wording that hedges ("if your plan is governed by ERISA")


def split_sentences(lines: list[tuple[int, str]]) -> list[Sentence]:
    """(page, line text) pairs to sentences: cut at sentence ends, and at line ends that do not run on."""
    text = "\n".join(t for _, t in lines)
    starts, pos = [], 0
    for _, t in lines:
        starts.append(pos)
        pos += len(t) + 1
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0) == "\n" and _runs_on(text, start, m.start(), m.end()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out, li = [], 0
    for a, b in spans:
        raw = " ".join(text[a:b].split())
        if not raw:
            continue
        while li + 1 < len(starts) and starts[li + 1] <= a:
            li += 1
        words = raw.split()
        heading = len(words) <= HEADING_MAX_WORDS and not raw.endswith((".", ":", ";", ","))
        out.append(Sentence(raw, searchable(raw), lines[li][0], heading))
    return out


def _runs_on(text: str, start: int, end: int, nxt: int) -> bool:
    """A line break inside a sentence: the line does not end one, is not a short label or heading line,
    and the next line does not open a new one (a capital after a long, unfinished line still runs on)."""
    line = text[text.rfind("\n", 0, end) + 1:end].rstrip()
    if not line or line[-1] in ".!?" or len(line.split()) <= HEADING_MAX_WORDS:
        return False
    follow = text[nxt:nxt + 2]
    return bool(follow) and not follow.startswith(("-", "\u2022", "*"))


def mark_inserts(sentences: list[Sentence], heading_patterns: list[str], paragraph_patterns: list[str],
                 extra_headings: list[str], hedges: list[str]) -> None:
    """Boilerplate headings (rules/boilerplate.yaml, plus this check's own) start an insert that runs to the
    end; a boilerplate paragraph is an insert where it stands. Inside an insert, a hedge ("if your plan is
    governed by ERISA") makes what follows it conditional, across the insert's own question headings."""
    heads = [cue(p) for p in heading_patterns] + [cue(p) for p in extra_headings]
    paras = [cue(p) for p in paragraph_patterns]
    hedge = [cue(p) for p in hedges]
    in_insert = hedged = False
    for s in sentences:
        probe = s.norm.strip(" *-:#")
        if s.heading and any(h.search(probe) for h in heads):
            in_insert = True
        s.insert = in_insert or any(p.search(s.norm) for p in paras)
        if s.insert and any(h.search(s.norm) for h in hedge):
            hedged = True
        s.hedged = s.insert and hedged


def without(norm: str, patterns: list[str]) -> tuple[str, list[str]]:
    """The sentence with vague wording blanked out (same length), and the vague phrases it held."""
    found = []
    for p in patterns:
        for m in cue(p).finditer(norm):
            found.append(m.group(0))
            norm = norm[:m.start()] + " " * (m.end() - m.start()) + norm[m.end():]
    return norm, found
