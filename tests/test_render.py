"""A PDF page is drawn once by pdftoppm, with exactly the pixels `pdftoppm -r 300 -gray` gives on its own."""

from __future__ import annotations

import subprocess

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from intake.sources import render_pdf_page
from tests.conftest import SAMPLES


def test_rendered_page_is_pdftoppm_s_own_in_memory_and_in_a_file(tmp_path):
    path = SAMPLES / "scan_eob_mednec.pdf"
    pdf = pdfium.PdfDocument(str(path))
    size = pdf[0].get_size()
    pdf.close()
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "ref")],
                   check=True)
    want = np.asarray(Image.open(next(tmp_path.glob("ref*.pgm"))))
    in_memory = render_pdf_page(path, 1, size)
    assert in_memory.mode == "L" and in_memory.info["dpi"] == (300, 300)
    assert np.array_equal(np.asarray(in_memory), want)
    folder = tmp_path / "private"
    folder.mkdir()
    in_file = render_pdf_page(path, 1, size, into=str(folder))
    assert in_file.filename.endswith(".pgm") and np.array_equal(np.asarray(in_file), want)


def test_a_page_pdftoppm_cannot_draw_is_said_in_words(tmp_path):
    from intake.errors import InputFileError

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    try:
        render_pdf_page(bad, 1, (612, 792))
    except InputFileError as exc:
        assert "page 1 of the PDF cannot be drawn" in str(exc)
    else:
        raise AssertionError("an empty PDF has no page to draw")


def _scanned_pdf(path, img, dpi=300):
    img.save(path, "PDF", resolution=dpi)
    return path


def _page_size(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[0].get_size()
    finally:
        pdf.close()


def _typed_page(mode: str, size=(2550, 3300)) -> Image.Image:
    """A page of invented typing: dark strokes on white, sharp edges a resampling would soften."""
    from PIL import ImageDraw

    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    for row in range(40):
        y = 150 + row * 75
        for col in range(24):
            x = 150 + col * 95 + (row * 7) % 13
            draw.rectangle((x, y, x + 9 + (row + col) % 60, y + 31), fill=0)
    return img.convert(mode)


def test_a_whole_page_scan_is_taken_out_as_the_scanner_stored_it(tmp_path):
    from intake.sources import pdf_page_image

    page = _typed_page("1")  # a bilevel scan: stored losslessly, so every pixel must come back as it was
    path = _scanned_pdf(tmp_path / "scan.pdf", page)
    want = np.asarray(page.convert("L"))
    got = pdf_page_image(path, 1, _page_size(path))
    assert got.mode == "L" and got.size == page.size and got.info["dpi"] == (300, 300)
    assert np.array_equal(np.asarray(got), want)
    folder = tmp_path / "private"
    folder.mkdir()
    in_file = pdf_page_image(path, 1, _page_size(path), into=str(folder))
    assert in_file.filename.endswith(".pgm") and np.array_equal(np.asarray(in_file), want)
    drawn = np.asarray(render_pdf_page(path, 1, _page_size(path)))
    assert not np.array_equal(drawn, want)  # pdftoppm resamples: the reason the image is taken out instead


def test_pages_that_are_not_one_upright_grey_scan_at_300_dpi_are_drawn(tmp_path):
    from intake.sources import scan_image

    low = _scanned_pdf(tmp_path / "low.pdf", _typed_page("L", (1275, 1650)), dpi=150)
    colour = _scanned_pdf(tmp_path / "colour.pdf", _typed_page("RGB"))
    turned = tmp_path / "turned.pdf"
    pdf = pdfium.PdfDocument(str(_scanned_pdf(tmp_path / "upright.pdf", _typed_page("L"))))
    pdf[0].set_rotation(90)
    pdf.save(str(turned))
    pdf.close()
    for path in (low, colour, turned, SAMPLES / "bd_approval.pdf"):  # the last: a text layer
        assert scan_image(path, 1, _page_size(path)) is None, path.name
    assert scan_image(tmp_path / "upright.pdf", 1, _page_size(tmp_path / "upright.pdf")) is not None
