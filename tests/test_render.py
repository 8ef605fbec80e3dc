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
