"""Open an input file read-only, say what it is, and yield its pages one at a time as text with boxes."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

from intake import damage
from intake.errors import InputFileError, InputTooLargeError, IntakeError, MissingDependencyError
from intake.model import PageText, SourceFile

log = logging.getLogger(__name__)

MAX_PIXELS = 90_000_000  # ~ a 30x30 inch page at 300 dpi; larger is a decompression bomb
MAX_PAGES = int(os.environ.get("INTAKE_MAX_PAGES", "2000"))
RENDER_DPI = 300
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def sniff(head: bytes) -> str | None:
    """Decide by content, never by name: a PNG named .pdf is still a PNG."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _check_readable(path: Path) -> int:
    if not path.exists():
        raise InputFileError("no such file", str(path))
    if path.is_dir():
        raise InputFileError("is a folder, not a file", str(path))
    size = path.stat().st_size
    if size == 0:
        raise InputFileError("file is empty (0 bytes)", str(path))
    return size


def open_source(path: str | Path, known_sha256: str | None = None) -> SourceFile:
    """Checked and counted; a worker handed content by its hash does not hash it again."""
    path = Path(path)
    size = _check_readable(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputFileError(f"cannot read file ({exc.strerror})", str(path)) from None
    kind = sniff(head)
    if kind is None:
        raise InputFileError("not a PDF, PNG, JPEG or TIFF file", str(path))
    with damage.reading(path):  # a library's failure on the file's content: the file's one-line reason
        count = _pdf_page_count(path) if kind == "pdf" else _image_frame_count(path)
    if count > MAX_PAGES:
        raise InputTooLargeError(f"{count} pages is more than the limit of {MAX_PAGES} (INTAKE_MAX_PAGES)", str(path))
    return SourceFile(path=str(path), sha256=known_sha256 or sha256_of(path), kind="pdf" if kind == "pdf" else "image",
                      page_count=count, size=size)


def _open_pdf(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise damage.pdf_open_error(str(exc), path) from None


def _pdf_page_count(path: Path) -> int:
    pdf = _open_pdf(path)
    try:
        n = len(pdf)
    finally:
        pdf.close()
    if n == 0:
        raise InputFileError("PDF has no pages", str(path))
    return n


def first_page_has_text(source: SourceFile) -> bool:
    """A hint for planning a batch (is this PDF cheap to read?), asked only of long files; never used
    to decide how a page is read."""
    if source.kind != "pdf":
        return False
    try:
        pdf = _open_pdf(Path(source.path))
        try:
            textpage = pdf[0].get_textpage()
            found = textpage.count_chars() > 200
            textpage.close()
            return found
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - only a hint; the page is read properly later
        return False


def _open_image(path: Path):
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
            img.size  # noqa: B018 - forces the header check
            return img
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLargeError("image is too large (possible decompression bomb)", str(path)) from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds on damaged headers: said in words
        raise damage.image_error(exc, path) from None


def _image_frame_count(path: Path) -> int:
    img = _open_image(path)
    try:
        return getattr(img, "n_frames", 1)
    finally:
        img.close()


def _check_pixels(img, path: Path) -> None:
    if img.width * img.height > MAX_PIXELS:
        raise InputTooLargeError("image is too large (possible decompression bomb)", str(path))


def _ocr_image(img, number: int, path: Path, read_ahead: bool = False, image_file: str | None = None) -> PageText:
    """Prepare, then OCR. read_ahead (a core to spare, a one-frame file): Tesseract starts on the file
    (image_file, else path) while the checks run; its words are kept when the checks change no pixel."""
    from intake import ocr

    _check_pixels(img, path)  # before Tesseract sees the file: a decompression bomb stops here
    started = None
    if read_ahead and readable_as_is(img):
        started = ocr.TesseractRun(str(image_file or path))
    try:
        page = _prepared(img, number, path)
        if started is not None and (page.changed or page.blank):
            log.debug("page %d: prepared (%s); the early read is dropped", number, ", ".join(page.changed))
            started.cancel()
            started = None
        return _read_prepared(page, number, started=started)
    finally:
        if started is not None:
            started.cancel()


def _prepared(img, number: int, path: Path):
    from intake import imaging

    _check_pixels(img, path)
    try:
        img.load()
    except Exception as exc:  # noqa: BLE001 - said in words by damage.image_error
        raise damage.image_error(exc, path, number) from None
    return imaging.prepare(img)


def _read_prepared(page, number: int, started=None, first_words=None) -> PageText:
    from intake import ocr

    if page.blank:
        return PageText(number=number, width=float(page.image.width), height=float(page.image.height), lines=[],
                        method="blank", mean_conf=0.0)
    return ocr.ocr_page(page.image, number, skew=page.skew, started=started, first_words=first_words)


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


def _render_pdf_page(path: Path, number: int, page_size: tuple[float, float], into: str | None = None):
    """The page as a grey image at 300 dpi (less for huge pages); into: a private folder to render it
    to as a PGM file, which Tesseract can start on before Pillow has looked at it."""
    from pdf2image import convert_from_path
    from pdf2image.exceptions import PDFPageCountError, PDFPopplerTimeoutError, PDFSyntaxError

    if not shutil.which("pdftoppm"):
        raise MissingDependencyError("poppler is not installed (Debian: apt-get install poppler-utils)")
    dpi = _render_dpi(path, number, page_size)
    try:
        images = convert_from_path(str(path), dpi=dpi, first_page=number, last_page=number, grayscale=True,
                                   output_folder=into, single_file=into is not None, paths_only=into is not None,
                                   timeout=damage.RENDER_SECONDS)
    except (PDFPageCountError, PDFSyntaxError):
        raise damage.pdf_page_undrawable(number, path) from None
    except PDFPopplerTimeoutError:
        raise damage.pdf_page_undrawable(number, path, f" in {damage.RENDER_SECONDS:g} s") from None
    if not images:
        raise damage.pdf_page_undrawable(number, path)
    img = images[0]
    if into is not None:
        from PIL import Image

        img = Image.open(img)
    img.info["dpi"] = (dpi, dpi)
    return img


def _render_dpi(path: Path, number: int, page_size: tuple[float, float]) -> int:
    w_in, h_in = page_size[0] / 72, page_size[1] / 72
    dpi = RENDER_DPI
    if w_in * h_in * dpi * dpi > MAX_PIXELS:
        dpi = int((MAX_PIXELS / max(w_in * h_in, 1e-6)) ** 0.5)
        if dpi < 30:
            raise InputTooLargeError(f"page {number} is too large to render", str(path))
    return dpi


def _ocr_rendered(path: Path, number: int, size: tuple[float, float], read_ahead: bool) -> PageText:
    """A PDF page without a usable text layer: rendered once, then read like an image file."""
    if not read_ahead:
        return _ocr_image(_render_pdf_page(path, number, size), number, path)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="intake-") as tmp:  # private (0700), gone with the page
        img = _render_pdf_page(path, number, size, into=tmp)
        try:
            return _ocr_image(img, number, path, read_ahead=True, image_file=img.filename)
        finally:
            img.close()


REOPEN_EVERY = 16  # pdfium keeps what it parsed while a document is open: reopen so memory stays flat


def iter_pdf_pages(source: SourceFile, read_ahead: bool = False) -> Iterator[PageText]:
    from intake.textlayer import read_text_layer

    path = Path(source.path)
    for first in range(0, source.page_count, REOPEN_EVERY):
        pdf = _open_pdf(path)
        try:
            batch = []
            for i in range(first, min(first + REOPEN_EVERY, len(pdf))):
                page = damage.pdf_page(pdf, i + 1, path)
                try:
                    text = read_text_layer(page, i + 1)
                    if text is None:
                        damage.check_pdf_page(page, i + 1, path)
                    batch.append((i + 1, text, page.get_size()))
                finally:
                    page.close()
        finally:
            pdf.close()
        for number, text, size in batch:
            yield text if text is not None else _ocr_rendered(path, number, size, read_ahead)


def iter_image_pages(source: SourceFile, read_ahead: bool = False) -> Iterator[PageText]:
    path = Path(source.path)
    img = _open_image(path)
    try:
        for i in range(source.page_count):
            try:
                img.seek(i)
            except EOFError:
                raise InputFileError(f"image frame {i + 1} is missing (truncated file)", str(path)) from None
            frame = img.copy() if source.page_count > 1 else img
            frame.info.setdefault("dpi", img.info.get("dpi"))
            yield _ocr_image(frame, i + 1, path, read_ahead=read_ahead and source.page_count == 1)
    finally:
        img.close()


def iter_pages(source: SourceFile, read_ahead: bool = False) -> Iterator[PageText]:
    """One page at a time, so memory stays flat however long the file is. read_ahead: a core is free
    (one file at a time), so Tesseract may start before the page checks are done."""
    with damage.reading(source.path):  # a library's failure on the file's content: the file's one-line reason
        if source.kind == "pdf":
            yield from iter_pdf_pages(source, read_ahead)
        else:
            yield from iter_image_pages(source, read_ahead)


def read_page(source: SourceFile, number: int) -> PageText:
    """One page on its own, for workers that share a long file out page by page."""
    got = read_pages_together([(source, number)])[0]
    if isinstance(got, Exception):
        raise got
    return got


def read_pages_together(items: list[tuple[SourceFile, int]]) -> list[PageText | IntakeError]:
    """Pages of one or more files read as a group: each prepared on its own, then all that need OCR
    through one Tesseract process, so its start-up is paid once for the group.

    A page that cannot be read gets its error in its place; the others are read all the same."""
    from intake import ocr

    out: list = [None] * len(items)
    to_ocr, opened = [], []
    try:
        for i, (source, number) in enumerate(items):
            try:
                with damage.reading(source.path, number):  # the file's fault in words; a bug goes up
                    got = _text_or_prepared(source, number, opened)
            except IntakeError as exc:
                out[i] = exc
                continue
            if isinstance(got, PageText):
                out[i] = got
            elif got.blank or ocr.looks_sideways(got.image) or len(items) == 1:
                out[i] = _read_alone(got, number)
            else:
                to_ocr.append((i, got, number))
        if to_ocr:
            _ocr_group(to_ocr, out)
    finally:
        for img in opened:
            img.close()
    return out


def _read_alone(page, number: int):
    """One page's own read; its failure, Tesseract's included, is returned in its place."""
    from pytesseract import TesseractError

    try:
        return _read_prepared(page, number)
    except IntakeError as exc:
        return exc
    except TesseractError:
        return InputFileError(f"page {number} could not be read by Tesseract")


def _ocr_group(group: list, out: list) -> None:
    """One Tesseract run for the group; if Tesseract fails on it, each page alone, so the failure lands on
    its own page. A time limit or a missing Tesseract is the job's, not a page's: it goes up."""
    from pytesseract import TesseractError

    from intake import ocr

    try:
        words = ocr.ocr_together([page.image for _, page, _ in group])
    except TesseractError:
        log.debug("a shared Tesseract run failed; reading its %d pages one by one", len(group))
        for i, page, number in group:
            out[i] = _read_alone(page, number)
        return
    for (i, page, number), first in zip(group, words):
        try:
            out[i] = _read_prepared(page, number, first_words=first)
        except IntakeError as exc:
            out[i] = exc


def _text_or_prepared(source: SourceFile, number: int, opened: list):
    """A PDF page's text layer, or the page image prepared for OCR (an image kept open until read)."""
    path = Path(source.path)
    if source.kind == "pdf":
        from intake.textlayer import read_text_layer

        pdf = _open_pdf(path)
        try:
            page = damage.pdf_page(pdf, number, path)
            text = read_text_layer(page, number)
            if text is None:
                damage.check_pdf_page(page, number, path)
            size = page.get_size()
            page.close()
        finally:
            pdf.close()
        return text if text is not None else _prepared(_render_pdf_page(path, number, size), number, path)
    img = _open_image(path)
    opened.append(img)
    try:
        img.seek(number - 1)  # the frame is read in place: no copy of a page's pixels
    except EOFError:
        raise InputFileError(f"image frame {number} is missing (truncated file)", str(path)) from None
    return _prepared(img, number, path)
