"""The page image Tesseract read, made again from the stored original, so evidence boxes line up on it.

The reading path is deterministic (render at the same resolution, grey, square pixels, even light, the
same deskew), and the turn OSD chose is recorded per page; so the same steps give the same pixels, and
the boxes stored with each fact (in that image's pixels) land where the words are."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from intake.errors import InputFileError

PREVIEW_SCALE = 2  # the browser gets every second pixel; boxes are drawn in the read image's own units


def page_png(original: bytes, number: int, geometry: tuple | None) -> bytes:
    """PNG of page `number` as it was read (every second pixel of a large page), for the browser."""
    img = page_image(original, number, geometry)
    if PREVIEW_SCALE > 1 and min(img.size) > 1200:
        img = img.reduce(PREVIEW_SCALE)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=3)
    return buf.getvalue()


def page_image(original: bytes, number: int, geometry: tuple | None):
    """Page `number` as Tesseract read it; geometry is (width, height, method, rotation, skew) or None."""
    method, rotation = (geometry[2], int(geometry[3])) if geometry else ("ocr", 0)
    with tempfile.TemporaryDirectory(prefix="intake-page-") as tmp:  # private (0700), gone with the request
        path = Path(tmp) / "original"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(original)
        img = _read_image(path, number, method)
    if rotation:
        img = img.rotate(-rotation, expand=True)
    return img


def _read_image(path: Path, number: int, method: str):
    from intake.sources import open_source

    source = open_source(path)
    if not 1 <= number <= source.page_count:
        raise InputFileError(f"page {number} does not exist")
    if source.kind == "pdf":
        return _pdf_page(path, number, method)
    return _image_frame(path, number)


def _pdf_page(path: Path, number: int, method: str):
    """Text-layer pages: boxes are in 300-dpi page pixels, so the page drawn at 300 dpi. Scanned pages: the
    reading path's own render and preparation."""
    from intake import imaging
    from intake.sources import open_pdf, pdf_page_image
    from intake.textlayer import SCALE

    pdf = open_pdf(path)
    try:
        page = pdf[number - 1]
        size = page.get_size()
        if method == "text_layer":
            img = page.render(scale=SCALE, grayscale=True).to_pil()
            page.close()
            return img.convert("L")
        page.close()
    finally:
        pdf.close()
    return imaging.prepare(pdf_page_image(path, number, size)).image


def _image_frame(path: Path, number: int):
    from intake import imaging
    from intake.sources import open_image

    img = open_image(path)
    try:
        img.seek(number - 1)  # as the reader does: the frame read in place
        img.load()
        return imaging.prepare(img).image
    finally:
        img.close()
