"""The insurer is the letterhead's organisation: the top lines of the first page that name one."""

from __future__ import annotations

import logging
import re

from intake.extract.text import fold
from intake.model import Evidence, FieldValue, PageText
from intake.rules import RuleSet

log = logging.getLogger(__name__)


_ORG_RE: dict[str, re.Pattern] = {}


def _org_words(rules: RuleSet) -> re.Pattern:
    """All organisation words as one alternation, compiled once per rule set (this runs on every top line)."""
    pat = _ORG_RE.get(rules.digest)
    if pat is None:
        words = sorted(rules.insurers.org_words, key=len, reverse=True)
        pat = _ORG_RE[rules.digest] = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])")
    return pat


def _org_score(text: str, rules: RuleSet) -> int:
    return len(set(_org_words(rules).findall(fold(text))))


def _candidate(text: str, rules: RuleSet) -> bool:
    low = fold(text).strip()
    letters = sum(c.isalpha() for c in low)
    if letters < 4 or letters < 0.7 * len(low.replace(" ", "")):
        return False
    if len(low.split()) > 8:
        return False
    return not any(re.search(p, low) for p in rules.insurers.not_insurer)


def find_insurer(page: PageText | None, rules: RuleSet, ctx=None) -> FieldValue | None:
    """Among the page's top lines, the first with an organisation word; else the largest-type line."""
    if page is None or not page.lines:
        return None
    top = [ln for ln in page.lines if ln.bbox[1] < 0.22 * page.height and _candidate(ln.text, rules)]
    scored = [ln for ln in top if _org_score(ln.text, rules) > 0]
    if scored:
        line, rule, factor = scored[0], "insurers.org_words (letterhead)", 0.95
    elif top:
        line, rule, factor = max(top, key=lambda ln: ln.height), "heuristic: largest type in letterhead", 0.6
    else:
        return None
    name = re.sub(r"\s{2,}", " ", line.text).strip(" ,.-|")
    log.debug("field insurer: rule %s fired", rule)
    return FieldValue("insurer", name, Evidence(line.page, line.text, line.conf * factor, line.bbox, rule))
