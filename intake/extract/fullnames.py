"""An organisation's name printed short (a logo's brand, a table cell cut to its width) completed from a
fuller printing of it in the same document."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intake.extract.text import fold, rx

if TYPE_CHECKING:  # (a runtime import would load the rule models, and pydantic, on every run)
    from intake.rules import RuleSet

CONNECTORS = frozenset({"&", "and", "of"})
MAX_TAIL = 4  # words a fuller printing may add: 'Example Heart & Vascular' + 'Clinic', 'Example' + 'Rx Solutions'
# the words after the name, on its own line or in its own cell (the text is one cell per line)
TAIL = re.compile(r"(?:[ \t]+(?:[A-Z][A-Za-z'\-]*|&|and|of)){1,%d}" % MAX_TAIL)
SHOUTED = re.compile(r"[A-Z]{4,}")  # 'EXPLANATION', 'REMITTANCE': a title in capitals after a name in small letters


def said_in_full(short: str, text: str, rules: RuleSet, endings: list[str], open_endings=()) -> str | None:
    """The longest fuller printing of `short` in `text` that ends in one of `endings` ('Example Rx' -> 'Example
    Rx Solutions', 'Example Surgery' -> 'Example Surgery Center'); None when there is none.

    The added words are capitalised and none is a department's ('Example Rx Member Services' adds a
    department, not a name's end) or a title's, so the name grows only as the document itself prints it. A name
    that already ends in one of `endings` is whole; one made only of payer words ('Medicare') is a programme's,
    never a brand cut short. `open_endings` may end the fuller printing too, but a name ending in one of them
    may still go on ('Example Imaging' -> 'Example Imaging Center')."""
    words = short.split()
    if not (1 <= len(words) <= 5 and len(short) >= 6) or short.isupper():
        return None
    ins = rules.insurers
    generic = set(ins.org_words) | set(ins.payer_words) | set(ins.company_words)
    whole, ends = set(endings), set(endings) | set(open_endings)
    if words[-1].lower().strip(".,") in whole or all(w.lower().strip(".,") in generic for w in words):
        return None
    lead = r"\s+".join(re.escape(w) for w in words)
    best: list[str] = []
    for m in re.finditer(rf"(?<![\w&])(?i:{lead})\b", text):
        tail = TAIL.match(text, m.end())
        extra = _name_end(tail.group(0).split(), words, ends, ins) if tail else []
        if len(extra) > len(best) and not _a_title(" ".join([short, *extra]), ins):
            best = extra
    return " ".join([short, *best]) if best else None


def _name_end(tail: list[str], words: list[str], ends: set[str], ins) -> list[str]:
    """The tail's words up to its last name ending, stopping at a department's own word ('Appeals', 'Member'),
    a word in capitals or the name's own words again ('Example Therapy Example Therapy')."""
    function = set(ins.function_words) - set(ins.org_words)  # ('Health', 'Medical' open names as often)
    own = {w.lower() for w in words}
    take = 0
    for k, word in enumerate(tail):
        low = word.lower()
        if low in CONNECTORS:
            continue
        if low in function or low in own or SHOUTED.match(word):
            break
        if low in ends:
            take = k + 1
    return tail[:take]


def _a_title(name: str, ins) -> bool:
    """'Example Health Explanation of Benefits': the name ran on into the paper's title."""
    folded = fold(name)
    return any(rx(p).search(folded) for p in ins.not_insurer)


# the end of a line of prose: a small word, then the capitalised words that open a name ('... your visit to Example
# Ridge' before 'Hospital; under ...' on the next line), or a sentence's end before them ('... Reyes. Example Knoll')
WRAPPED_HEAD = r"(?:\b[a-z]{2,}|[a-z]\.)[ \t]+((?:[A-Z][a-z'\-]+[ \t]+){0,2}[A-Z][a-z'\-]+)[ \t]*\n[ \t]*"


def begun_on_line_above(short: str, text: str, rules: RuleSet) -> str | None:
    """'Hill Hospital' read from the start of a line whose name opened at the end of the line above ('... a clinic
    run by the group we call Example' / 'Hill Hospital; we paid ...'): the name whole, when every printing of the
    short name opens a line so, and the words above are no payer's, department's or title's."""
    words = short.split()
    if not (1 <= len(words) <= 5) or not words[0][:1].isupper() or short.isupper():
        return None
    lead = r"\s+".join(re.escape(w) for w in words)
    ins = rules.insurers
    stop = set(ins.function_words) | set(ins.payer_words) | {"the", "el", "la", "los", "las", "dr", "dra"}
    from intake.extract.lexicon import lexicon_of

    lex = lexicon_of(rules)
    heads = set()
    for m in re.finditer(rf"(?<![\w&])({lead})\b", text):
        above = re.search(WRAPPED_HEAD + r"\Z", text[:m.start()])
        if above is None:
            return None  # printed short elsewhere too: the short name may be the whole one
        line_above = text[text.rfind("\n", 0, above.start(1)) + 1:above.end(1)].strip()
        end = text.find("\n", m.start())
        line_of_name = text[m.start():end if end >= 0 else len(text)].strip()
        if len(line_above) < 0.85 * len(line_of_name):
            return None  # a short line above (a heading, a side column's cell) ends where it ends: no wrap
        head = above.group(1).split()
        if any(w.lower().strip(".,") in stop or w.lower() in rules.names.stop_words or lex.word_classes(w)
               for w in head):
            return None  # ('Rendering' over 'Example Therapy Center': a caption's word, no name's)
        heads.add(" ".join(head))
    if len(heads) != 1:
        return None
    whole = f"{heads.pop()} {short}"
    return None if _a_title(whole, ins) else whole
