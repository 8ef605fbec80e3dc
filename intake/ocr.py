"""Tesseract through pytesseract: one call per page for words, boxes and confidences; OSD only when needed."""

from __future__ import annotations

import logging
import os
import re
import shutil
from functools import lru_cache

from PIL import Image

from intake.errors import MissingDependencyError
from intake.layout import build_lines
from intake.model import PageText, Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's threads thrash on small machines (PERF.md)

log = logging.getLogger(__name__)
DEFAULT_LANG = os.environ.get("INTAKE_OCR_LANG", "eng+spa")
WORDLIKE = re.compile(r"^[^\W\d_]{3,}[.,:;]?$")
# dates, amounts and IDs read the right way up are as telling as words (EOB tables are mostly these);
# upside down they come out as "00'0$" or "9Z5$", which match nothing here
NUMBERLIKE = re.compile(r"^(\$?\d{1,3}(,\d{3})*(\.\d{2})?|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z]{0,4}\d{5,})[.,:;]?$")


@lru_cache(maxsize=1)
def require_tesseract() -> None:
    """Checked once per process, so a machine without Tesseract gets exit 6 and one line, not a bug report."""
    if not shutil.which("tesseract"):
        raise MissingDependencyError("tesseract is not installed (Debian: apt-get install tesseract-ocr "
                                     "tesseract-ocr-spa tesseract-ocr-osd)")


def ocr_words(img: Image.Image, lang: str = DEFAULT_LANG) -> list[Word]:
    """One Tesseract call per page; the image goes over as uncompressed PGM (PNG encoding costs time)."""
    import tempfile

    import pytesseract

    require_tesseract()
    with tempfile.TemporaryDirectory(prefix="intake-") as tmp:  # private (0700), removed at once
        path = os.path.join(tmp, "page.pgm")
        img.convert("L").save(path)
        from intake import warm

        warm.start()  # spaCy loads on the other core while Tesseract works
        limit = float(os.environ.get("INTAKE_OCR_TIMEOUT") or 0)  # a worker sets it from its job time limit
        try:
            data = _tsv(path, lang, limit)
        except RuntimeError as exc:  # pytesseract kills the process and says "timeout"
            if "timeout" not in str(exc).lower():
                raise
            raise TimeoutError(f"Tesseract took longer than {limit:g} s on page") from None
    words = []
    groups: dict[tuple[int, int, int], int] = {}
    rows = zip(data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"],
               data["block_num"], data["par_num"], data["line_num"])
    for text, conf, x, y, w, h, block, par, line in rows:
        text = (text or "").strip()
        c = float(conf)
        if not text or c < 0:
            continue
        group = groups.setdefault((block, par, line), len(groups))
        words.append(Word(text, max(0.0, min(1.0, c / 100.0)), (float(x), float(y), float(x + w), float(y + h)),
                          group))
    return words


def _tsv(path: str, lang: str, timeout: float) -> dict:
    """pytesseract's image_to_data without its `tesseract --version` run (30 ms a process): the TSV
    output it checks for exists in every Tesseract this project supports (4 and 5)."""
    from pytesseract import pytesseract as pt

    out = pt.run_and_get_output(path, "tsv", lang, "-c tessedit_create_tsv=1 --psm 3", 0, timeout)
    return pt.file_to_dict(out, "\t", -1)


def quality(words: list[Word]) -> float:
    """How much of the page reads as language: low on upside-down or sideways text."""
    if not words:
        return 0.0
    good = sum(w.conf for w in words if WORDLIKE.match(w.text) or NUMBERLIKE.match(w.text))
    return good / max(len(words), 1)


def osd_rotation(img: Image.Image) -> int:
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(img, config="--psm 0 -c min_characters_to_try=5")
    except pytesseract.TesseractError:
        return 0
    m = re.search(r"Rotate:\s*(\d+)", osd)
    return int(m.group(1)) % 360 if m else 0


def looks_sideways(img: Image.Image) -> bool:
    """A landscape image of a letter is usually a page scanned on its side."""
    return img.width > img.height * 1.15


def ocr_page(img: Image.Image, number: int, skew: float = 0.0, lang: str = DEFAULT_LANG) -> PageText:
    """OCR once; turn the page and OCR again only when the first read looks wrong."""
    rotation = 0
    if looks_sideways(img):
        rotation = osd_rotation(img)
        if rotation:
            img = img.rotate(-rotation, expand=True)
    words = ocr_words(img, lang)
    if quality(words) < 0.35 and len(words) > 0:
        turn = osd_rotation(img)
        if turn:
            log.debug("page %d: OSD says rotate %d", number, turn)
            turned = img.rotate(-turn, expand=True)
            again = ocr_words(turned, lang)
            if quality(again) > quality(words):
                img, words, rotation = turned, again, (rotation + turn) % 360
    lines = build_lines(words, number)
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    return PageText(number=number, width=float(img.width), height=float(img.height), lines=lines, method="ocr",
                    rotation=rotation, skew=skew, mean_conf=mean)
