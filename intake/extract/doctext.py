"""A document's lines as one searchable text, with every character mapped back to its line."""

from __future__ import annotations

import bisect
import re

from intake.extract.text import fold_keep_len
from intake.model import Line

# a line that goes on with the sentence a figure ended the line above: an amount in brackets ('($2,150.00).')
# (a small word opening the line, 'that you paid ...', may open a clause the rules read as a sentence of its own)
RUNS_ON_AFTER_FIGURE = re.compile(r"\(\s*(?:US)?\$")
# a point that ends a title or an initial, not a sentence: 'by Dr. Ana B. Reyes on May 4' is one sentence
TITLE_POINT = re.compile(r"(?:\b(?:Dr|Dra|Mr|Mrs|Ms|Mx|Sr|Sra|Srta|St|Sta|Prof)|(?<![\w.])[A-Z])\.$")


def reading_lines(doc) -> list[Line]:
    """Every page's lines in reading order (a sidebar's parts before the body column beside it; a band of
    side-by-side prose, such as a two-column legend, column by column)."""
    from intake.columns import page_unweave
    from intake.layout import reading_order

    out: list[Line] = []
    for page in doc.pages:
        out.extend(page_unweave(page, reading_order([ln for ln in page.lines if ln.words], page.width)))
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
        self._paragraphs: list[tuple[int, int]] | None = None

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
            if m.group(0) != "\n" and TITLE_POINT.search(text, max(0, m.start() - 5), m.start()):
                continue
            if m.group(0) == "\n" and re.search(r"\d$", text[max(0, m.start() - 1):m.start()]) and \
                    RUNS_ON_AFTER_FIGURE.match(text, m.end()):
                continue  # ('... on March 4, 2026' over '($2,150.00). A nurse ...': one sentence)
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        return [(a, b) for a, b in spans if b > a]

    def paragraphs(self) -> list[tuple[int, int]]:
        """Spans of lines that read on as one paragraph. Prose rules search inside one, so a heading's or a label
        line's words never join the first sentence under it ('Level of care: Residential treatment' + 'Dear Ana:'
        + 'On March 3 you asked ...' is no 'treatment ... on March 3')."""
        if self._paragraphs is None:
            self._paragraphs = self._find_paragraphs()
        return list(self._paragraphs)

    def _find_paragraphs(self) -> list[tuple[int, int]]:
        usual = _usual_gaps(self.lines)
        spans, start = [], 0
        for i in range(1, len(self.lines)):
            before = self.lines[i - 2] if i >= 2 else None
            if _paragraph_break(self.lines[i - 1], self.lines[i], usual.get(self.lines[i].page, 0.0), before):
                spans.append((start, self.starts[i] - 1))
                start = self.starts[i]
        spans.append((start, len(self.text)))
        return [(a, b) for a, b in spans if b > a]


def _gap(prev: Line, nxt: Line) -> float:
    return nxt.bbox[1] - prev.bbox[3]


def _usual_gaps(lines: list[Line]) -> dict[int, float]:
    """Each page's median white space between a line and the next: the leading a paragraph's lines keep."""
    gaps: dict[int, list[float]] = {}
    for prev, nxt in zip(lines, lines[1:]):
        if prev.page == nxt.page and _gap(prev, nxt) >= 0:
            gaps.setdefault(nxt.page, []).append(_gap(prev, nxt))
    return {page: sorted(g)[len(g) // 2] for page, g in gaps.items()}


def _label_or_salutation(line: Line, before: Line | None) -> bool:
    """'Dear Ana Reyes:', 'Level of care requested:' end in a colon and say no sentence; 'the services listed below,
    which you received from' + 'Mesa Clinic:' runs on into its list."""
    text = line.text.rstrip()
    if not text.endswith(":"):
        return False
    if re.match(r"(?i)(?:dear|estimad[oa])\b", text):
        return True
    runs_on = before is not None and before.page == line.page and re.search(r"[a-z,;\-]$", before.text.rstrip())
    return len(text.split()) <= 5 and not runs_on


def _paragraph_break(prev: Line, nxt: Line, usual_gap: float, before: Line | None = None) -> bool:
    """A new page, a short line ending in a colon (a label, a salutation), a line starting above the last one's top
    (another column or cell) or white space clearly wider than the page's leading end a paragraph."""
    if prev.page != nxt.page or _label_or_salutation(prev, before) or nxt.bbox[1] < prev.bbox[1]:
        return True
    height = min(prev.bbox[3] - prev.bbox[1], nxt.bbox[3] - nxt.bbox[1])
    return _gap(prev, nxt) > usual_gap + 0.6 * max(height, 1.0)

