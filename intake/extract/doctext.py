"""A document's lines as one searchable text, with every character mapped back to its line."""

from __future__ import annotations

import bisect
import re

from intake.extract.text import fold_keep_len
from intake.model import Line


def reading_lines(doc) -> list[Line]:
    """Every page's lines in reading order (a sidebar's parts before the body column beside it)."""
    from intake.layout import reading_order

    out: list[Line] = []
    for page in doc.pages:
        out.extend(reading_order([ln for ln in page.lines if ln.words], page.width))
    return out


class DocText:
    """Lines joined with newlines; `folded` has the same length for case- and accent-free search."""

    def __init__(self, lines: list[Line]):
        parts, starts, pos = [], [], 0
        for ln in lines:
            t = ln.text
            starts.append(pos)
            parts.append(t)
            pos += len(t) + 1
        self.lines = lines
        self.starts = starts
        self.text = "\n".join(parts)
        self.folded = fold_keep_len(self.text)
        self._sentences: list[tuple[int, int]] | None = None

    def line_at(self, offset: int) -> Line | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[i] if 0 <= i < len(self.lines) else None

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans: cut at sentence ends, and at line ends that do not run on (headings, label lines).
        Found once per document (classification asks for them several times); a copy is returned."""
        if self._sentences is None:
            self._sentences = self._find_sentences()
        return list(self._sentences)

    def _find_sentences(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        text = self.text
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\u00bf\u00a1(\"])|\n", text):
            if m.group(0) == "\n" and re.search(r"[a-z,;\-]$", text[max(0, m.start() - 1):m.start()]):
                continue
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        return [(a, b) for a, b in spans if b > a]
