"""Example values a notice prints to show how to fill in a form ('SAMPLE - how to fill in the claim form',
'Example (do not copy these values): Member ID ...'): they are nobody's facts.

Why a block and not a line: the sample's heading says so once and its filled-in boxes follow on short lines of
their own ('1. Veteran name  <a name>', '2. Claim number  <a number>'), so every line under the heading, up to the
first line of running text, is the sample's."""

from __future__ import annotations

import re

# a heading in capitals with a dash, colon or bracket after it ('SAMPLE - ...', 'EXAMPLE - DO NOT SEND THIS PAGE AS
# FILLED IN'; never a name in capitals that starts so), or words saying the values are examples ('(example only)',
# 'do not copy these values', 'the values below are examples')
SAMPLE_HEAD = re.compile(r"^\W*(?:SAMPLE|EXAMPLE|EJEMPLO|MUESTRA)\s*(?:[-:(\u2013\u2014]|$)|"
                         r"(?i:\((?:example|sample|ejemplo)\s+(?:only|solamente)\)|\bdo\s+not\s+copy\s+th(?:ese|is)\b|"
                         r"\bvalues\s+(?:below|shown)\s+are\s+(?:examples|samples)\b|\bvalores\s+de\s+ejemplo\b|"
                         r"\bno\s+copie\s+estos\s+valores\b)")
SAMPLE_LINES = 10  # a sample's boxes: this many lines under its heading at most
PROSE_WORDS = 12  # a longer line is running text again: the sample has ended


def sample_block_lines(texts: list[str], pages: list[int]) -> set[int]:
    """Pure: positions of the lines holding a sample's values: the heading line and the short lines under it on
    its page, up to the first line of running text."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if not SAMPLE_HEAD.search(text):
            continue
        out.add(i)
        for k in range(i + 1, min(i + 1 + SAMPLE_LINES, len(texts))):
            if pages[k] != pages[i] or len(texts[k].split()) > PROSE_WORDS:
                break
            out.add(k)
    return out
