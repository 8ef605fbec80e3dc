"""Read a PDF page's own text layer with positions, and judge whether it is worth trusting over OCR."""

from __future__ import annotations

import re

from intake.layout import build_lines
from intake.model import Line, PageText, Word

SCALE = 300 / 72  # text-layer boxes are given in 300-dpi page pixels, like OCR boxes
WORDLIKE = re.compile(r"^[^\W\d_]{2,}[.,:;)]?$")
VOWELS = re.compile(r"[aeiouyáéíóúAEIOUY]")


def page_words(page) -> tuple[list[Word], float, float]:
    """Words with boxes from a pypdfium2 page: runs of characters between spaces (pdfium puts a space
    or a line break wherever the text jumps). A word's box comes from its first and last characters'
    boxes and the tallest of them: a third of the per-character calls, which were most of the time."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        words: list[Word] = []
        for m in _TOKEN.finditer(text[:n]):
            words.extend(_word(textpage, m.group(), m.start(), height))
    finally:
        textpage.close()
    return words, width * SCALE, height * SCALE


_TOKEN = re.compile(r"[^\s\x00]+")


def _box(textpage, i: int, height: float) -> tuple[float, float, float, float]:
    l, b, r, t = textpage.get_charbox(i, loose=True)
    return (l * SCALE, (height - t) * SCALE, r * SCALE, (height - b) * SCALE)


def _word(textpage, token: str, start: int, height: float) -> list[Word]:
    first = _box(textpage, start, height)
    if len(token) == 1:
        return [Word(token, 1.0, first)]
    last = _box(textpage, start + len(token) - 1, height)
    h = first[3] - first[1]
    if last[0] < first[0] or abs(last[1] - first[1]) > h:  # not one run on one line: per character after all
        return _split_by_chars(textpage, token, start, height)
    return [Word(token, 1.0, (first[0], min(first[1], last[1]), max(first[2], last[2]), max(first[3], last[3])))]


def _split_by_chars(textpage, token: str, start: int, height: float) -> list[Word]:
    words, buf, box = [], [], None
    for k, ch in enumerate(token):
        cb = _box(textpage, start + k, height)
        if box is not None and (cb[0] - box[2] > 0.6 * (cb[3] - cb[1]) or abs(cb[1] - box[1]) > (cb[3] - cb[1])):
            words.append(Word("".join(buf), 1.0, box))
            buf, box = [], None
        buf.append(ch)
        box = cb if box is None else (min(box[0], cb[0]), min(box[1], cb[1]), max(box[2], cb[2]), max(box[3], cb[3]))
    if buf:
        words.append(Word("".join(buf), 1.0, box))
    return words


def is_usable(words: list[Word]) -> bool:
    """A text layer is used when it reads like language; a scanner's junk OCR layer is not."""
    tokens = [w.text for w in words]
    if len(tokens) < 8:
        return False
    wordlike = sum(1 for t in tokens if WORDLIKE.match(t) and VOWELS.search(t))
    return wordlike / len(tokens) >= 0.45


def read_text_layer(page, number: int) -> PageText | None:
    words, width, height = page_words(page)
    if not is_usable(words):
        return None
    lines: list[Line] = build_lines(words, number)
    return PageText(number=number, width=width, height=height, lines=lines, method="text_layer")
