"""Open an input file read-only: what it is by content, its hash and page count, and a page's pixels (PDF pages
rendered once); intake.reader turns those pages into text."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import warnings
from pathlib import Path

from intake import damage
from intake.errors import InputFileError, InputTooLargeError, MissingDependencyError
from intake.model import SourceFile

log = logging.getLogger(__name__)

MAX_PIXELS = 90_000_000  # ~ a 30x30 inch page at 300 dpi; larger is a decompression bomb
MAX_PAGES = int(os.environ.get("INTAKE_MAX_PAGES", "2000"))
RENDER_DPI = 300


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


def open_pdf(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise damage.pdf_open_error(str(exc), path) from None


def _pdf_page_count(path: Path) -> int:
    pdf = open_pdf(path)
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
        pdf = open_pdf(Path(source.path))
        try:
            textpage = pdf[0].get_textpage()
            found = textpage.count_chars() > 200
            textpage.close()
            return found
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - only a hint; the page is read properly later
        return False


def open_image(path: Path):
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
    img = open_image(path)
    try:
        return getattr(img, "n_frames", 1)
    finally:
        img.close()


def check_pixels(img, path: Path) -> None:
    """A decompression bomb stops here, before any pixel is decoded or Tesseract sees the file."""
    if img.width * img.height > MAX_PIXELS:
        raise InputTooLargeError("image is too large (possible decompression bomb)", str(path))


def render_pdf_page(path: Path, number: int, page_size: tuple[float, float], into: str | None = None):
    """The page as a grey image at 300 dpi (less for huge pages), drawn by one pdftoppm run; into: a
    private folder to render it to as a PGM file, which Tesseract can start on before Pillow has looked at
    it. pdftoppm is called as pdf2image calls it (the same pixels), without pdf2image's extra pdfinfo run
    per page; a page it cannot draw is said in words."""
    import subprocess
    from io import BytesIO

    from PIL import Image

    if not shutil.which("pdftoppm"):
        raise MissingDependencyError("poppler is not installed (Debian: apt-get install poppler-utils)")
    dpi = _render_dpi(path, number, page_size)
    cmd = ["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-gray", str(path)]
    if into is not None:
        cmd[-1:-1] = ["-singlefile"]
        cmd.append(os.path.join(into, "page"))
    try:
        out = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=damage.RENDER_SECONDS)
    except subprocess.TimeoutExpired:
        raise damage.pdf_page_undrawable(number, path, f" in {damage.RENDER_SECONDS:g} s") from None
    target = os.path.join(into, "page.pgm") if into is not None else None
    if (not out.stdout) if target is None else not os.path.exists(target):
        log.debug("pdftoppm drew nothing for page %d (exit %d)", number, out.returncode)
        raise damage.pdf_page_undrawable(number, path)
    img = Image.open(target if target is not None else BytesIO(out.stdout))
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
