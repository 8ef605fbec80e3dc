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


def pdf_page_image(path: Path, number: int, page_size: tuple[float, float], into: str | None = None):
    """The page as a grey 300 dpi image: a scanned page's own image when the page is nothing else (taken
    out as the scanner stored it, no drawing), otherwise the page drawn by pdftoppm. into: as for
    render_pdf_page."""
    img = scan_image(path, number, page_size)
    if img is None:
        return render_pdf_page(path, number, page_size, into)
    if into is None:
        return img
    target = os.path.join(into, "page.pgm")
    img.save(target)  # a PGM, as pdftoppm writes it: Tesseract may start on the file at once
    from PIL import Image

    saved = Image.open(target)
    saved.info["dpi"] = img.info["dpi"]
    return saved


SCAN_DPI_SLACK = 1.0  # pixels either way: the image has the size pdftoppm would draw the page at
SCAN_THUMB_SCALE = 0.05  # the page drawn this small to check the image taken out looks as the page does
SCAN_THUMB_DIFF = 12.0  # mean grey difference (of 255) beyond which the page is drawn after all


def scan_image(path: Path, number: int, page_size: tuple[float, float]):
    """A scanned page whose only content is one grey image laid over the whole page, upright, at the
    resolution intake reads at: that image's pixels as the scanner stored them. Drawing such a page
    resamples it (a fraction of a pixel off, edges softened) and costs a pdftoppm run, a tenth of a
    second; taking the image out costs a hundredth. Anything else (text or vector objects, a rotated or
    partial image, colour, another resolution, an image that does not look like the page drawn small,
    say a mask or an inverting decode array) returns None: the page is drawn as before."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        page = pdf[number - 1]
        try:
            return _whole_page_scan(page, page_size)
        finally:
            page.close()
    except Exception as exc:  # noqa: BLE001 - a damaged image is pdftoppm's to draw or to say in words
        log.debug("page %d: its image could not be taken out (%s); drawn instead", number, type(exc).__name__)
        return None
    finally:
        pdf.close()


def _whole_page_scan(page, page_size: tuple[float, float]):
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360 or pdfium_c.FPDFPage_CountObjects(page.raw) != 1:
        return None  # (counted, not listed: a drawn page may hold thousands of objects)
    image = next(page.get_objects(max_depth=1))
    if image.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    if not _covers_page(image, page_size) or image.get_metadata().colorspace != pdfium_c.FPDF_COLORSPACE_DEVICEGRAY:
        return None
    width, height = image.get_px_size()
    if width * height > MAX_PIXELS or not _at_render_dpi(width, height, page_size):
        return None
    img = image.get_bitmap(render=False).to_pil()
    img = (img if img.mode == "L" else img.convert("L")).copy()  # a copy: the bitmap's buffer goes with it
    if not _looks_like_page(img, page):
        return None
    img.info["dpi"] = (RENDER_DPI, RENDER_DPI)
    return img


def _covers_page(image, page_size: tuple[float, float]) -> bool:
    """Laid upright over the whole page: no turn, no flip, edges within a point of the page's."""
    m = image.get_matrix().get()
    if abs(m[1]) > 1e-6 or abs(m[2]) > 1e-6 or m[0] <= 0 or m[3] <= 0:
        return False
    left, bottom, right, top = image.get_bounds()
    return max(abs(left), abs(bottom), abs(right - page_size[0]), abs(top - page_size[1])) <= 1.0


def _at_render_dpi(width: int, height: int, page_size: tuple[float, float]) -> bool:
    want_w, want_h = page_size[0] / 72 * RENDER_DPI, page_size[1] / 72 * RENDER_DPI
    return abs(width - want_w) <= SCAN_DPI_SLACK and abs(height - want_h) <= SCAN_DPI_SLACK


def _looks_like_page(img, page) -> bool:
    """The image taken out against the page drawn small: an inverting decode array, a mask or anything
    else that changes how the image shows on the page makes them differ."""
    from PIL import ImageChops, ImageStat

    thumb = page.render(scale=SCAN_THUMB_SCALE, grayscale=True).to_pil().convert("L")
    small = img.reduce(max(1, img.width // max(thumb.width, 1))).resize(thumb.size)  # box-reduced first: quick
    return ImageStat.Stat(ImageChops.difference(thumb, small)).mean[0] <= SCAN_THUMB_DIFF


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
