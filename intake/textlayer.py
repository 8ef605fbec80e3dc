"""Read a PDF page's own text layer with positions, and judge whether it is worth trusting over OCR."""

from __future__ import annotations

import re

from intake.layout import build_lines
from intake.model import Line, PageText, Word

SCALE = 300 / 72  # text-layer boxes are given in 300-dpi page pixels, like OCR boxes
WORDLIKE = re.compile(r"^[^\W\d_]{2,}[.,:;)]?$")
VOWELS = re.compile(r"[aeiouyáéíóúAEIOUY]")


def page_words(page) -> tuple[list[Word], float, float]:
    """Words with boxes from a pypdfium2 page: characters joined until a space or a jump."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        words: list[Word] = []
        buf, box = [], None
        for i, ch in enumerate(text[:n]):
            if ch.isspace() or ch == "\x00":
                if buf:
                    words.append(Word("".join(buf), 1.0, box))
                buf, box = [], None
                continue
            l, b, r, t = textpage.get_charbox(i, loose=True)
            cb = (l * SCALE, (height - t) * SCALE, r * SCALE, (height - b) * SCALE)
            if box is not None and (cb[0] - box[2] > 0.6 * (cb[3] - cb[1]) or abs(cb[1] - box[1]) > (cb[3] - cb[1])):
                words.append(Word("".join(buf), 1.0, box))
                buf, box = [], None
            buf.append(ch)
            box = cb if box is None else (min(box[0], cb[0]), min(box[1], cb[1]), max(box[2], cb[2]), max(box[3], cb[3]))
        if buf:
            words.append(Word("".join(buf), 1.0, box))
    finally:
        textpage.close()
    return words, width * SCALE, height * SCALE


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
