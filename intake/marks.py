"""Marks OCR read as words (a box's rule or a fax's smear read as 'eco', 'mn'), dropped before a document is read.

Why: a standard fax prints a table's rules as grey dashes, and Tesseract reads some as flat little words with
no confidence. One such word inside a caption cell ('eco Member ID') makes the cell no caption at all, and the
value under it goes unread. Such a word is far flatter than the letters around it, which no printed word is
(a lower-case word stands at least half as tall as its line's capitals); an initial ('J.') that OCR boxed flat
is kept, as is any word OCR was fairly sure of. Split features still see the page as read: the stage runs per
document, after the split.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from intake.model import Document, Line, PageText

FLAT = 0.4  # of the median height of the line's words: a smear, not a letter
UNSURE = 0.45  # confidence under which a flat word may be a mark
MIN_WORDS = 3  # a line needs this many words to tell how tall its letters are
LETTER = re.compile(r"[A-Za-z]")
INITIAL = re.compile(r"^[A-Z]\.$")
ALNUM = re.compile(r"[A-Za-z0-9]")


def _height(word) -> float:
    return word.bbox[3] - word.bbox[1]


def flat_marks(words: list) -> list[int]:
    """Positions of the words that are marks, not print: letters, unsure and flatter than FLAT of their
    line's median word height (pure: tested on words alone)."""
    heights = [_height(w) for w in words if ALNUM.search(w.text)]
    if len(heights) < MIN_WORDS:
        return []
    tall = statistics.median(heights)
    return [i for i, w in enumerate(words)
            if LETTER.search(w.text) and not INITIAL.match(w.text) and w.conf < UNSURE
            and _height(w) < FLAT * tall]


def _page_without_marks(page: PageText) -> PageText:
    if page.method != "ocr":
        return page  # (a text layer has no marks)
    lines, changed = [], False
    for line in page.lines:
        drop = flat_marks(line.words)
        if drop:
            changed = True
            line = Line([w for i, w in enumerate(line.words) if i not in drop], line.page, line.index)
        lines.append(line)
    return replace(page, lines=lines) if changed else page


def without_marks(doc: Document) -> Document:
    """The document with its pages' marks dropped; the same object when a page has none."""
    pages = [_page_without_marks(p) for p in doc.pages]
    if all(a is b for a, b in zip(pages, doc.pages)):
        return doc
    return Document(doc.source, pages)
