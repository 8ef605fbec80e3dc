"""The one page reader: a source's pages as text (text layer or OCR), alone or through one Tesseract process.

`intake process`, local batches and queue jobs all read pages with `read_pages`; only how many pages go
through one Tesseract process differs (alone: one at a time, memory flat; together: its start-up paid
once for the group). Pages read together are exactly the pages read alone (tested).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from intake import damage
from intake.errors import InputFileError, IntakeError
from intake.model import PageText, SourceFile
from intake.sources import check_pixels, open_image, open_pdf, pdf_page_image

log = logging.getLogger(__name__)
REOPEN_EVERY = 16  # pdfium keeps what it parsed while a document is open: reopen so memory stays flat
Item = tuple[SourceFile, int]  # a source and a 1-based page number
OnStart = Callable[[], None] | None  # called as each Tesseract run starts (the pipeline's warm-up)


def read_pages(items: Sequence[Item], together: bool = False, read_ahead: bool = False,
               on_start: OnStart = None) -> Iterator[PageText | IntakeError]:
    """Each page asked for, in order: its text, or the error that stopped it (the others are read all
    the same). together: the pages that need OCR go through one Tesseract process. read_ahead (pages
    read alone, a core to spare): Tesseract may start on a clean file before the page checks end."""
    if together and len(items) > 1:
        yield from _read_together(list(items), on_start)
        return
    for run in _runs(items):
        for (source, number), first in zip(run, _first_look(run)):
            yield first if _done(first) else _read_alone(source, number, first, read_ahead, on_start)


def read_page(source: SourceFile, number: int) -> PageText:
    """One page on its own; raises its error."""
    got = next(read_pages([(source, number)]))
    if isinstance(got, IntakeError):
        raise got
    return got


def _done(first) -> bool:
    return isinstance(first, (PageText, IntakeError))


def _runs(items: Sequence[Item]) -> Iterator[list[Item]]:
    """Up to REOPEN_EVERY consecutive pages of one file: a PDF is opened once per run."""
    run: list[Item] = []
    for item in items:
        if run and (item[0].path != run[0][0].path or len(run) == REOPEN_EVERY):
            yield run
            run = []
        run.append(item)
    if run:
        yield run


def _first_look(run: list[Item]) -> list:
    """Per page of one file's run: a PDF page's text layer, or its size (it needs rendering and OCR), or
    the error opening the file; None for an image file's frame."""
    source = run[0][0]
    if source.kind != "pdf":
        return [None] * len(run)
    try:
        pdf = open_pdf(Path(source.path))
    except IntakeError as exc:
        return [exc] * len(run)
    try:
        return [_page_look(pdf, number, Path(source.path)) for _, number in run]
    finally:
        pdf.close()


def _page_look(pdf, number: int, path: Path):
    """One PDF page's text layer, or its size when it must be drawn; a page its page list cannot reach, or
    one holding an image too large to draw, is that page's error (intake.damage says it in words)."""
    from intake.textlayer import read_text_layer

    try:
        with damage.reading(path, number):
            page = damage.pdf_page(pdf, number, path)
            try:
                text = read_text_layer(page, number)
                if text is None:
                    damage.check_pdf_page(page, number, path)
                return text if text is not None else page.get_size()
            finally:
                page.close()
    except IntakeError as exc:
        return exc


@contextmanager
def _pixels(source: SourceFile, number: int, size, to_file: bool):
    """The page's unprepared image, and the file it is in when Tesseract may start on that file: a PDF
    page rendered (to a private PGM when to_file), an image file's frame read in place (no pixel copy)."""
    path = Path(source.path)
    if source.kind == "pdf":
        if not to_file:
            yield pdf_page_image(path, number, size), None
            return
        import tempfile

        with tempfile.TemporaryDirectory(prefix="intake-") as tmp:  # private (0700), gone with the page
            img = pdf_page_image(path, number, size, into=tmp)
            try:
                yield img, img.filename
            finally:
                img.close()
        return
    img = open_image(path)
    try:
        try:
            img.seek(number - 1)
        except EOFError:
            raise InputFileError(f"image frame {number} is missing (truncated file)", str(path)) from None
        yield img, (str(path) if source.page_count == 1 else None)
    finally:
        img.close()


def _read_alone(source: SourceFile, number: int, size, read_ahead: bool, on_start: OnStart):
    """One page through its own Tesseract run; its failure, Tesseract's included, returned in its place."""

    def read():
        with damage.reading(source.path, number), _pixels(source, number, size, to_file=read_ahead) as (
                img, image_file):
            return ocr_image(img, number, Path(source.path), read_ahead=read_ahead and image_file is not None,
                             image_file=image_file, on_start=on_start)
    return _page_or_error(read, number)


def _page_or_error(read: Callable[[], PageText], number: int) -> PageText | IntakeError:
    """A page read on its own: its error, Tesseract's failure included, is returned in its place.
    pytesseract (and numpy with it) is imported only on a failure: not before Tesseract starts."""
    try:
        return read()
    except IntakeError as exc:
        return exc
    except Exception as exc:
        from pytesseract import TesseractError

        if isinstance(exc, TesseractError):
            return InputFileError(f"page {number} could not be read by Tesseract")
        raise


def ocr_image(img, number: int, path: Path, read_ahead: bool = False, image_file: str | None = None,
              on_start: OnStart = None) -> PageText:
    """Prepare, then OCR. read_ahead (a one-frame file, a core to spare): Tesseract starts on image_file
    while the checks run; its words are kept when the checks change no pixel."""
    from intake import ocr

    check_pixels(img, path)  # before Tesseract sees the file: a decompression bomb stops here
    started = None
    if read_ahead and readable_as_is(img):
        started = ocr.TesseractRun(str(image_file or path), on_start=on_start)
    try:
        page = _prepared(img, number, path)
        if started is not None and (page.changed or page.blank):
            log.debug("page %d: prepared (%s); the early read is dropped", number, ", ".join(page.changed))
            started.cancel()
            started = None
        return _read_prepared(page, number, started=started, on_start=on_start)
    finally:
        if started is not None:
            started.cancel()


def _prepared(img, number: int, path: Path):
    from intake import imaging

    check_pixels(img, path)
    try:
        img.load()
    except Exception as exc:  # noqa: BLE001 - said in words by damage.image_error
        raise damage.image_error(exc, path, number) from None
    return imaging.prepare(img)


def _read_prepared(page, number: int, started=None, first_words=None, on_start: OnStart = None) -> PageText:
    from intake import ocr

    if page.blank:
        return PageText(number=number, width=float(page.image.width), height=float(page.image.height), lines=[],
                        method="blank", mean_conf=0.0)
    return ocr.ocr_page(page.image, number, skew=page.skew, started=started, first_words=first_words,
                        on_start=on_start)


def readable_as_is(img) -> bool:
    """From the header alone: a lossless 8-bit grey image near 300 dpi, upright, one frame (a PNG or TIFF
    file, or a PDF page rendered to PGM). Tesseract decodes such a file to exactly the pixels intake
    would hand it, if the checks then change nothing."""
    from intake.imaging import effective_dpi
    from intake.ocr import looks_sideways

    if img.format not in ("PNG", "TIFF", "PPM") or img.mode != "L" or getattr(img, "n_frames", 1) != 1:
        return False
    if "transparency" in img.info or looks_sideways(img):
        return False
    x, y = effective_dpi(img)
    return x == y and 250 <= x <= 420


def _read_together(items: list[Item], on_start: OnStart) -> list[PageText | IntakeError]:
    """Each page prepared on its own, then all that need OCR through one Tesseract process; blank and
    sideways pages are read alone (a sideways page may need turning first)."""
    from intake import ocr

    out: list = [None] * len(items)
    group = []
    with ExitStack() as opened:  # images stay open until read: a prepared page may be the frame itself
        firsts = [first for run in _runs(items) for first in _first_look(run)]
        for i, ((source, number), first) in enumerate(zip(items, firsts)):
            if _done(first):
                out[i] = first
                continue
            try:
                with damage.reading(source.path, number):  # the file's fault in words; a bug goes up
                    img, _ = opened.enter_context(_pixels(source, number, first, to_file=False))
                    page = _prepared(img, number, Path(source.path))
            except IntakeError as exc:
                out[i] = exc
                continue
            if page.blank or ocr.looks_sideways(page.image):
                out[i] = _prepared_alone(page, number, on_start)
            else:
                group.append((i, page, number))
        if group:
            _ocr_group(group, out, on_start)
    return out


def _prepared_alone(page, number: int, on_start: OnStart):
    return _page_or_error(lambda: _read_prepared(page, number, on_start=on_start), number)


def _ocr_group(group: list, out: list, on_start: OnStart) -> None:
    """One Tesseract run for the group; if Tesseract fails on it, each page alone, so the failure lands on
    its own page. A time limit or a missing Tesseract is the job's, not a page's: it goes up."""
    from pytesseract import TesseractError

    from intake import ocr

    try:
        words = ocr.ocr_together([page.image for _, page, _ in group], on_start=on_start)
    except TesseractError:
        log.debug("a shared Tesseract run failed; reading its %d pages one by one", len(group))
        for i, page, number in group:
            out[i] = _prepared_alone(page, number, on_start)
        return
    for (i, page, number), first in zip(group, words):
        try:
            out[i] = _read_prepared(page, number, first_words=first)
        except IntakeError as exc:
            out[i] = exc
