"""Group positioned words into visual lines and table cells, the same way for OCR and text layers."""

from __future__ import annotations

from intake.model import Line, Word

CELL_GAP = 1.3  # a gap wider than this many line heights separates table cells


def _center(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def build_lines(words: list[Word], page: int) -> list[Line]:
    """Greedy row clustering by vertical centre: robust to words Tesseract put in separate blocks."""
    rows: list[list[Word]] = []
    centers: list[float] = []
    heights: list[float] = []
    for w in sorted(words, key=_center):
        c, h = _center(w), max(1.0, w.bbox[3] - w.bbox[1])
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            if abs(centers[i] - c) < 0.45 * max(heights[i], h):
                rows[i].append(w)
                centers[i] = sum(map(_center, rows[i])) / len(rows[i])
                break
        else:
            rows.append([w])
            centers.append(c)
            heights.append(h)
    lines = [Line(words=sorted(r, key=lambda w: w.bbox[0]), page=page) for r in rows]
    lines.sort(key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)
    for i, ln in enumerate(lines):
        ln.index = i
    return lines


def cells(line: Line) -> list[list[Word]]:
    """Split a line where the horizontal gap is much wider than a space."""
    gap_limit = CELL_GAP * line.height
    out: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:]):
        if w.bbox[0] - prev.bbox[2] > gap_limit:
            out.append([w])
        else:
            out[-1].append(w)
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Split lines where the vertical gap is wider than a line: paragraphs decide boilerplate."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and ln.page == out[-1][-1].page:
            prev = out[-1][-1]
            gap = ln.bbox[1] - prev.bbox[3]
            if gap < 0.9 * max(prev.height, ln.height):
                out[-1].append(ln)
                continue
        out.append([ln])
    return out
