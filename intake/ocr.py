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
_RUNS = [0]  # page-reading Tesseract processes this process has started (a queue worker logs them per job)
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


class TesseractRun:
    """One Tesseract process on an image file, started now and collected (or cancelled) later: the
    caller may do other work meanwhile, or start it on a file that may turn out to need preparing.

    The command pytesseract's image_to_data runs, around a Popen we keep hold of, so a run nobody needs
    can be stopped instead of left to burn a core; pytesseract (which imports numpy) is imported only
    once Tesseract is running, for its error type and message. on_start is called just before the
    process starts; nothing else happens as a side effect."""

    def __init__(self, image_path: str, lang: str = DEFAULT_LANG, on_start=None):
        import subprocess
        import tempfile

        require_tesseract()
        self._tmp = tempfile.TemporaryDirectory(prefix="intake-")  # private (0700), removed when collected
        self._out = os.path.join(self._tmp.name, "out")
        cmd = ["tesseract", image_path, self._out, "-l", lang, "-c", "tessedit_create_tsv=1", "--psm", "3"]
        # Tesseract judges the resolution from the text itself, for every page: a PGM carries none, and a
        # file read early is told an impossible one (1 dpi) so that it does the same. Told "300" instead,
        # it read a large-type photocopy at 181 words where its own estimate (400) gave 257.
        cmd += ["--dpi", "1"]
        if on_start is not None:
            on_start()  # the caller's (the pipeline's warm-up: the rules load on the other core meanwhile)
        _RUNS[0] += 1
        try:
            self._proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE)
        except OSError:
            self._tmp.cleanup()
            raise

    def words(self) -> list[Word]:
        """The words of a one-image run."""
        return self.pages().get(1, [])

    def pages(self) -> dict[int, list[Word]]:
        """Wait for the words, by page (a list file's images are its pages 1, 2, ...); INTAKE_OCR_TIMEOUT
        (set by a worker from its job time limit) stops a stuck run."""
        import subprocess

        from pytesseract import pytesseract as pt

        limit = float(os.environ.get("INTAKE_OCR_TIMEOUT") or 0) or None
        try:
            _, err = self._proc.communicate(timeout=limit)
            if self._proc.returncode:
                raise pt.TesseractError(self._proc.returncode, pt.get_errors(err or b""))
            with open(self._out + ".tsv", encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"Tesseract took longer than {limit:g} s on page") from None
        finally:
            self.cancel()
        return pages_from_tsv(text)

    def cancel(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._tmp.cleanup()


def runs_started() -> int:
    """How many page-reading Tesseract processes this process has started so far."""
    return _RUNS[0]


def ocr_words(img: Image.Image, lang: str = DEFAULT_LANG, on_start=None) -> list[Word]:
    """One Tesseract call per page; the image goes over as uncompressed PGM (PNG encoding costs time)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="intake-") as tmp:  # private (0700), removed at once
        return TesseractRun(_save_pgm(img, os.path.join(tmp, "page.pgm")), lang, on_start).words()


def _save_pgm(img: Image.Image, path: str) -> str:
    (img if img.mode == "L" else img.convert("L")).save(path)
    return path


TSV_NEEDED = ("level", "page_num", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")


def words_from_tsv(tsv: str) -> list[Word]:
    """The words of a one-image TSV."""
    return pages_from_tsv(tsv).get(1, [])


def pages_from_tsv(tsv: str) -> dict[int, list[Word]]:
    """Tesseract's TSV as words with boxes, confidences and their line, by page; one pass, no table built
    first (pytesseract's file_to_dict converts every cell: a few ms a page)."""
    lines = tsv.split("\n")
    head = lines[0].rstrip("\r").split("\t") if lines else []
    if any(name not in head for name in TSV_NEEDED):
        return {}
    lvl, pg, blk, par, ln, x0, y0, wd, ht, cf, tx = (head.index(name) for name in TSV_NEEDED)
    pages: dict[int, list[Word]] = {}
    groups: dict[tuple[str, str, str, str], int] = {}
    lines_on: dict[str, int] = {}  # line numbers start again on each page
    for row in lines[1:]:
        cells = row.rstrip("\r").split("\t")
        if len(cells) <= tx or cells[lvl] != "5":  # level 5: a word
            continue
        text = cells[tx].strip()
        try:
            conf = int(float(cells[cf]))  # whole percent, as pytesseract has always given it
            x, y, w, h = int(cells[x0]), int(cells[y0]), int(cells[wd]), int(cells[ht])
            page = int(cells[pg])
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        words = pages.setdefault(page, [])
        key = (cells[pg], cells[blk], cells[par], cells[ln])
        if key not in groups:
            groups[key] = lines_on[cells[pg]] = lines_on.get(cells[pg], -1) + 1
        words.append(Word(text, max(0.0, min(1.0, conf / 100.0)), (float(x), float(y), float(x + w), float(y + h)),
                          groups[key]))
    return pages


def ocr_together(images: list[Image.Image], lang: str = DEFAULT_LANG, on_start=None) -> list[list[Word]]:
    """Several pages through one Tesseract process (a list file): its start-up, mostly loading the
    language models (0.15 s), is paid once. Every page reads exactly as it would alone (tested)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="intake-") as tmp:  # private (0700), removed at once
        names = [_save_pgm(img, os.path.join(tmp, f"page{i + 1}.pgm")) for i, img in enumerate(images)]
        listing = os.path.join(tmp, "pages.txt")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(names) + "\n")
        pages = TesseractRun(listing, lang, on_start).pages()
    return [pages.get(i + 1, []) for i in range(len(images))]


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


def reads_vertical(words: list[Word]) -> bool:
    """Tesseract reads a line printed sideways on an upright image (a landscape postcard or EOB turned onto
    a portrait page) word by word, with every word's box taller than wide and the words out of order:
    most words of four letters or more standing on end say the page must be turned first."""
    long = [w for w in words if len(w.text) >= 4]
    tall = sum(1 for w in long if w.bbox[3] - w.bbox[1] > w.bbox[2] - w.bbox[0])
    return len(long) >= 8 and tall > 0.6 * len(long)


def _turned_read(img: Image.Image, words: list[Word], lang: str) -> tuple[Image.Image, list[Word], int]:
    """The page turned a quarter either way, as OSD says or else as reads better: its words lying down."""
    turn = osd_rotation(img)
    best = (img, words, 0)
    for t in ([turn] if turn in (90, 270) else [90, 270]):
        turned = img.rotate(-t, expand=True)
        again = ocr_words(turned, lang)
        if not reads_vertical(again) and quality(again) >= 0.8 * quality(best[1]):
            best = (turned, again, t) if best[2] == 0 or quality(again) > quality(best[1]) else best
    return best


def looks_sideways(img: Image.Image) -> bool:
    """A landscape image of a letter is usually a page scanned on its side."""
    return img.width > img.height * 1.15


def ocr_page(img: Image.Image, number: int, skew: float = 0.0, lang: str = DEFAULT_LANG,
             started: TesseractRun | None = None, first_words: list[Word] | None = None,
             on_start=None) -> PageText:
    """OCR once; turn the page and OCR again only when the first read looks wrong.

    started: a run already going on a file with exactly these pixels (the file needed no preparing);
    first_words: this page's words from a run shared with other pages (never a sideways page)."""
    rotation = 0
    if started is None and first_words is None and looks_sideways(img):
        rotation = osd_rotation(img)
        if rotation:
            img = img.rotate(-rotation, expand=True)
    if first_words is not None:
        words = first_words
    else:
        words = started.words() if started is not None else ocr_words(img, lang, on_start)
    if quality(words) < 0.35 and len(words) > 0:
        turn = osd_rotation(img) or 180  # OSD may say 0 of a page it cannot judge (seen after deskewing an
        if turn:                         # upside-down page): upside down is then the likeliest, and is tried
            log.debug("page %d: OSD says rotate %d (or could not tell: 180 tried)", number, turn)
            turned = img.rotate(-turn, expand=True)
            again = ocr_words(turned, lang)
            if quality(again) > quality(words):
                img, words, rotation = turned, again, (rotation + turn) % 360
    if reads_vertical(words):
        log.debug("page %d: the words stand on end; turning the page", number)
        img, words, turn = _turned_read(img, words, lang)
        rotation = (rotation + turn) % 360
    lines = build_lines(words, number)
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    return PageText(number=number, width=float(img.width), height=float(img.height), lines=lines, method="ocr",
                    rotation=rotation, skew=skew, mean_conf=mean)
