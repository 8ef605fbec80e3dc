"""The insurer is the organisation that issued the notice: its letterhead, return address or signature block.

Lines near the top of the first page and in the signature block are candidates; a line that is a
sentence, a label row, an address, a form or OMB line, or a person's name is not an organisation.
"""

from __future__ import annotations

import logging
import re

from intake.extract.text import fold
from intake.model import Evidence, FieldValue, Line, PageText
from intake.rules import RuleSet

log = logging.getLogger(__name__)
SIGN_OFF = re.compile(r"^(?:sincerely|respectfully|regards|cordially|atentamente|cordialmente|saludos)\b")
NOT_ORG = re.compile(r"\bomb\b|\bform\b|\bcms-\d|\bpage\s+\d|\bpagina\s+\d|^\W*\d|\bnpi\b|\bid\b\s*[:#]")
PERSON = re.compile(r"^(?:dr\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'\-]+(?:,?\s+(?:MD|DO|RN|PhD|M\.D\.))?$")

_ORG_RE: dict[str, re.Pattern] = {}


def _org_words(rules: RuleSet) -> re.Pattern:
    """All organisation words as one alternation, compiled once per rule set (this runs on every top line)."""
    pat = _ORG_RE.get(rules.digest)
    if pat is None:
        words = sorted(rules.insurers.org_words, key=len, reverse=True)
        pat = _ORG_RE[rules.digest] = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])")
    return pat


def _plausible(text: str, rules: RuleSet) -> bool:
    """Short, mostly letters, no colon, not a sentence, not an address, form line or label row."""
    low = fold(text).strip()
    letters = sum(c.isalpha() for c in low)
    if letters < 4 or letters < 0.7 * len(low.replace(" ", "")) or ":" in low or len(low.split()) > 8:
        return False
    if low.endswith(".") and len(low.split()) > 4 or NOT_ORG.search(low):
        return False
    return not any(re.search(p, low) for p in rules.insurers.not_insurer)


def _label_row(text: str, rules: RuleSet) -> bool:
    """'ENROLLEE NAME  ENROLLEE ID  DATE OF BIRTH' is a row of labels, not a name."""
    from intake.extract.lexicon import lexicon_of

    lex = lexicon_of(rules)
    words = text.split()
    known = [lex.word_classes(w) for w in words]
    return len(words) >= 2 and sum(1 for k in known if k and k - {"connector"}) >= 0.6 * len(words)


def _features(line: Line, page: PageText, rules: RuleSet, where: str, body: float, text_all: str) -> dict:
    name = _name_of(line)
    feats = {"where": {"letterhead": 1.0, "top": 0.85, "signature": 0.8}[where]}
    feats["org_words"] = 1.0 if _org_words(rules).search(fold(name)) else 0.55
    if PERSON.match(name) and feats["org_words"] < 1:
        feats["person"] = 0.4
    if line.height > 1.25 * body:
        feats["large_type"] = 1.1
    first = " ".join(fold(name).split()[:2])
    if len(first) > 5 and text_all.count(first) >= 2:
        feats["repeated"] = 1.08
    return feats


def _name_of(line: Line) -> str:
    return re.sub(r"\s{2,}", " ", line.text).strip(" ,.-|")


def _candidates(page: PageText, rules: RuleSet) -> list[tuple[Line, str]]:
    out = []
    for ln in page.lines:
        top = ln.bbox[1] / max(page.height, 1)
        if top < 0.12:
            out.append((ln, "letterhead"))
        elif top < 0.25:
            out.append((ln, "top"))
    for i, ln in enumerate(page.lines):
        if SIGN_OFF.match(fold(ln.text).strip()):
            out.extend((x, "signature") for x in page.lines[i + 1:i + 6])
    return [(ln, where) for ln, where in out if _plausible(ln.text, rules) and not _label_row(ln.text, rules)]


def find_insurer(page: PageText | None, rules: RuleSet, ctx=None, pages: list[PageText] | None = None) -> \
        FieldValue | None:
    """The best-scoring organisation line of the first page (signature blocks of later pages count too)."""
    if page is None or not page.lines:
        return None
    heights = sorted(ln.height for ln in page.lines)
    body = heights[len(heights) // 2]
    text_all = fold(page.text if ctx is None else ctx.dtext.text)
    best, best_score, best_feats = None, 0.0, {}
    scan = [page] + [p for p in (pages or [])[1:]]
    for pg in scan:
        for ln, where in _candidates(pg, rules):
            if pg is not page and where != "signature":
                continue
            feats = _features(ln, pg, rules, where, body, text_all)
            score = 1.0
            for v in feats.values():
                score *= v
            if score > best_score + 1e-9:
                best, best_score, best_feats = ln, score, feats
    if best is None or best_score < 0.3:
        return None
    rule = "insurers (" + ", ".join(f"{k}={v:.2f}" for k, v in best_feats.items()) + ")"
    log.debug("field insurer: %s", rule)
    return FieldValue("insurer", _name_of(best), Evidence(best.page, best.text, best.conf * min(1.0, best_score),
                                                          best.bbox, rule))


def has_letterhead(page: PageText, rules: RuleSet) -> bool:
    """An organisation's name near the top: the split planner's sign that a letter starts here."""
    return any(where != "signature" and _org_words(rules).search(fold(_name_of(ln)))
               for ln, where in _candidates(page, rules))
