"""What is wrong with a damaged or hostile file, in words: library failures turned into errors.py exceptions.

A person reading "image cannot be read (OSError)" learns nothing; "the TIFF's image data ends early"
tells them to ask for the fax again. Everything here looks only at the library's exception and the
file's own bytes, never at document text, so a reason is safe to log and store."""

from __future__ import annotations

import os
import traceback
from contextlib import contextmanager
from pathlib import Path

from intake.errors import EncryptedPdfError, InputFileError, InputTooLargeError, IntakeError

# a page image larger than this many pixels is refused before poppler draws it (sources.MAX_PIXELS)
MAX_IMAGE_PIXELS = 90_000_000
RENDER_SECONDS = float(os.environ.get("INTAKE_RENDER_TIMEOUT", "60"))  # poppler on one page, at most
# where an exception was raised decides whether the file or intake is at fault: inside a library (Pillow,
# pypdfium2, pdf2image, zlib) it is the file's content it could not read; in intake's own code, a bug
INTAKE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
KIND_NAMES = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "tiff": "TIFF", "mpo": "JPEG", "ppm": "image",
              "gif": "image", "bmp": "image"}


def kind_name(path: str | Path | None) -> str:
    """PNG, JPEG, TIFF or PDF, judged by content as intake does (the name may lie)."""
    from intake.sources import sniff

    try:
        with open(path, "rb") as fh:
            return KIND_NAMES.get(sniff(fh.read(1024)) or "", "image")
    except (OSError, TypeError):
        return "image"


def pdf_open_error(message: str, path: str | Path) -> IntakeError:
    """pdfium refused the document: a password, an unknown lock, or a damaged or cut-short file."""
    msg = message.lower()
    if "password" in msg:
        return EncryptedPdfError("the PDF is protected by a password; save an unprotected copy and try again",
                                 str(path))
    if "security" in msg:
        return EncryptedPdfError("the PDF is locked with an encryption intake cannot open; save an unprotected "
                                 "copy and try again", str(path))
    if cut_short(path, "PDF"):
        return InputFileError("the PDF is damaged: it ends early (cut short or not fully copied)", str(path))
    return InputFileError("the PDF's structure is damaged and cannot be read", str(path))


def cut_short(path: str | Path, kind: str) -> bool:
    """Does the file stop before its format's own end? A PDF ends with %%EOF, a PNG with its IEND chunk,
    a JPEG with its end-of-image marker; a TIFF's first page directory lies inside the file."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(8)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError:
        return False
    if kind == "PDF":
        return b"%%EOF" not in tail
    if kind == "PNG":
        return b"IEND" not in tail[-32:]
    if kind == "JPEG":
        return b"\xff\xd9" not in tail[-32:]
    if kind == "TIFF" and len(head) == 8:
        return int.from_bytes(head[4:8], "little" if head[:2] == b"II" else "big") >= size
    return False


def pdf_page_missing(number: int, path: str | Path) -> InputFileError:
    return InputFileError(f"page {number} of the PDF cannot be found: its page list is damaged or refers "
                          "to itself", str(path))


def pdf_page_undrawable(number: int, path: str | Path, why: str = "") -> InputFileError:
    return InputFileError(f"page {number} of the PDF cannot be drawn{why}", str(path))


def image_error(exc: BaseException, path: str | Path, number: int | None = None) -> IntakeError:
    """Pillow could not open or decode an image (or a frame of it): say which part of the file is bad."""
    from PIL import Image, UnidentifiedImageError

    kind = kind_name(path)
    msg = str(exc).lower()
    frame = f"page {number} of " if number and number > 1 else ""
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return InputTooLargeError("the image is too large (possible decompression bomb)", str(path))
    if "decompressed data too large" in msg or "too much memory" in msg:
        return InputTooLargeError(f"the {kind} holds a block that unpacks to too much data (a decompression "
                                  "bomb)", str(path))
    cut = cut_short(path, kind)
    if cut and not isinstance(exc, (MemoryError, ValueError)):
        return InputFileError(f"{frame}the {kind} ends early (the file was cut short or not fully copied)",
                              str(path))
    if isinstance(exc, UnidentifiedImageError) or "cannot identify" in msg or "not a tiff" in msg:
        return InputFileError(f"the {kind}'s header is damaged, so it cannot be opened as an image", str(path))
    if "truncated" in msg or "end of file" in msg or "eof" in msg or isinstance(exc, EOFError):
        return InputFileError(f"{frame}the {kind}'s image data ends early", str(path))
    if "crc" in msg or "checksum" in msg:
        return InputFileError(f"the {kind}'s checksums do not match: the file is damaged", str(path))
    if "samples per pixel" in msg or "unsupported" in msg or "unknown" in msg or "mode" in msg:
        return InputFileError(f"the {kind} uses a layout of pixels intake cannot read (its header may be "
                              "damaged)", str(path))
    return InputFileError(f"{frame}the {kind}'s image data is damaged", str(path))


def from_library(exc: BaseException) -> bool:
    """Was this raised inside a library reading the file (the file's fault), not in intake's code (a bug)?"""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and not os.path.abspath(frames[-1].filename).startswith(INTAKE_DIR)


def explain(exc: BaseException, path: str | Path, number: int | None = None) -> IntakeError | None:
    """The one-line reason for a library's failure on this file, or None when intake itself is at fault."""
    if isinstance(exc, IntakeError):
        return exc
    if type(exc).__name__ == "TesseractError":  # Tesseract refused the page's pixels: the page's fault
        return InputFileError(f"{'page %d ' % number if number else 'a page '}could not be read by Tesseract",
                              str(path))
    if not from_library(exc):
        return None
    name = type(exc).__name__
    if name == "PdfiumError":
        if "page" in str(exc).lower() and number:
            return pdf_page_missing(number, path)
        return pdf_open_error(str(exc), path)
    if name.startswith("PDF") or "pdf2image" in (type(exc).__module__ or ""):
        return pdf_page_undrawable(number or 1, path)
    if kind_name(path) == "PDF":
        return InputFileError(f"{'page %d of ' % number if number else ''}the PDF is damaged and cannot be read",
                              str(path))
    return image_error(exc, path, number)


@contextmanager
def reading(path: str | Path, number: int | None = None):
    """Around any read of a file: a library's failure on its content becomes the file's one-line reason;
    a failure inside intake goes on up unchanged (a bug, exit 15)."""
    try:
        yield
    except IntakeError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    except (MemoryError, RecursionError):
        raise InputTooLargeError(f"{'page %d of ' % number if number else ''}the file is too complex to read "
                                 "in memory", str(path)) from None
    except Exception as exc:  # noqa: BLE001 - sorted into the file's fault or intake's just below
        if is_time_limit(exc):  # a job's time limit or Tesseract's: the caller decides (a worker tries again)
            raise
        reason = explain(exc, path, number)
        if reason is None:
            raise
        raise reason from None


def is_time_limit(exc: BaseException) -> bool:
    """Celery's soft time limit arrives as an exception wherever the job happens to be, often inside a
    library: it says nothing about the file."""
    module = type(exc).__module__ or ""
    return isinstance(exc, TimeoutError) or module.startswith(("billiard", "celery"))


def check_pdf_page(page, number: int, path: str | Path) -> None:
    """Before poppler draws a page: an image inside it of absurd size (a bomb, or a header that lies)
    would take minutes and gigabytes, so it is refused here from its declared size alone."""
    import pypdfium2.raw as raw

    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        try:
            meta = obj.get_metadata()
            width, height = int(meta.width), int(meta.height)
        except Exception:  # noqa: BLE001 - an image pdfium cannot describe is left to the renderer
            continue
        if width * height > MAX_IMAGE_PIXELS:
            raise InputTooLargeError(f"page {number} of the PDF holds an image too large to read "
                                     f"({width} x {height} pixels)", str(path))


def pdf_page(pdf, number: int, path: str | Path):
    """Page `number` of an open pypdfium2 document; a page its page list cannot lead to is the file's fault."""
    import pypdfium2 as pdfium

    try:
        return pdf[number - 1]
    except pdfium.PdfiumError:
        raise pdf_page_missing(number, path) from None

