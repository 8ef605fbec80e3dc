"""The layout-family corpus: the capture simulator makes what each condition really makes, and the stored truth is sound.

Why: a first-sight score is only as good as its corpus. A 'fax' that is not a 1-bit G4 TIFF at fax resolution,
or a truth value the document never prints, would measure the wrong thing. No intake code runs here.
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "families"))

import capture  # noqa: E402
import make_families  # noqa: E402


@pytest.fixture(scope="module")
def page():
    """One rendered letter page (300 dpi grey) from a small PDF."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    for i in range(30):
        pdf.cell(0, 7, f"Line {i}: Notice of Denial of Medical Coverage, member number 12345", new_x="LMARGIN",
                 new_y="NEXT")
    data = bytes(pdf.output())
    return data, capture.render(data)[0]


def test_render_is_300_dpi_grey_letter(page):
    _, img = page
    assert img.mode == "L" and img.size == (2550, 3300)


@pytest.mark.parametrize("cond,yres", [("fax_fine_g4", 196), ("fax_standard_g4", 98)])
def test_fax_is_one_bit_group4_at_fax_resolution(page, cond, yres):
    data, ext = capture.capture([page[1]], cond, random.Random(1))
    img = Image.open(io.BytesIO(data))
    assert ext == ".tif" and img.mode == "1"
    assert img.info["compression"] == "group4"
    assert tuple(round(v) for v in img.info["dpi"]) == (204, yres)
    assert abs(img.height - 3300 * yres / 300) <= 2


def test_phone_photo_is_a_jpeg_with_a_dark_surround(page):
    data, ext = capture.capture([page[1]], "phone_photo", random.Random(2))
    img = Image.open(io.BytesIO(data)).convert("L")
    assert ext == ".jpg" and data[:2] == b"\xff\xd8"
    corner = img.crop((0, 0, 40, 40))
    assert np.asarray(corner).mean() < 110          # the table around the page is darker than paper


def test_rotated_turns_every_page_the_same_way(page):
    rng = random.Random(5)
    out = capture.degrade([page[1], page[1]], "rotated", rng)
    assert out[0].size == out[1].size
    assert out[0].size in ((3300, 2550), (2550, 3300))


def test_lowres_halves_the_pixels(page):
    out = capture.degrade([page[1]], "scan_lowres_150", random.Random(3))
    assert out[0].size == (1275, 1650)


def test_photocopy_darkens_the_paper_and_skews(page):
    out = capture.degrade([page[1]], "photocopy", random.Random(4))[0]
    assert out.size == page[1].size
    assert np.median(np.asarray(out)) < 235             # paper is grey, not white


def test_born_digital_keeps_the_pdf(page):
    data, ext = capture.capture(page[0], "born_digital", random.Random(0))
    assert ext == ".pdf" and data == page[0]


def test_born_digital_screenshot_is_a_colour_png_of_the_width_asked():
    """A phone screenshot: born digital, no text layer, the phone's pixel width and the page's aspect ratio."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(390, 844))
    pdf.add_page()
    pdf.set_fill_color(200, 30, 30)
    pdf.rect(20, 60, 200, 30, style="F")                 # a red status chip
    data, ext = capture.capture(bytes(pdf.output()), "born_digital", random.Random(0), screenshot_px=1170)
    img = Image.open(io.BytesIO(data))
    assert ext == ".png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    assert img.mode == "RGB" and img.width == 1170 and abs(img.height - 2532) <= 1
    r, g, b = img.getpixel((300, 225))
    assert r > 150 and g < 80 and b < 80                 # colour kept, not a grey scan


def test_stack_numbers_pages_around_cover_and_blank(page):
    pdf = page[0]
    pages, truths = capture.stack([(pdf, {"a": 1}), (pdf, {"a": 2})], "fax_fine_g4", random.Random(1),
                                  ["cover", "blank"])
    assert len(pages) == 4                              # cover, doc 1, doc 2, blank
    assert [t["pages"] for t in truths] == [[2], [3]]


def test_stack_turns_one_page_and_keeps_blank_backs_and_own_covers_out_of_documents(page):
    pdf, img = page
    pages, truths = capture.stack([(pdf, {"a": 1}), (pdf, {"a": 2})], "scan_clean_300", random.Random(1),
                                  [pdf, "duplex"], turns={(1, 0): 90})
    assert len(pages) == 4                              # own cover page, doc 1, doc 2 (sideways), blank back
    assert [t["pages"] for t in truths] == [[2], [3]]
    assert pages[2].size == (img.height, img.width)     # only the turned page is landscape
    assert pages[1].size == img.size
    back = np.asarray(pages[3])
    assert back.min() > 200 and back.min() < 255        # faint show-through, no readable print


def test_born_digital_cover_pages_come_before_their_document(page):
    pdf = page[0]
    merged, truths = capture.stack([(pdf, {"a": 1})], "born_digital", random.Random(1), [pdf])
    assert capture._pdf_pages(merged) == 2
    assert [t["pages"] for t in truths] == [[2]]


def test_bad_truth_is_refused():
    good = {"document_type": "denial_letter", "denial_type": "medical_necessity", "lang": "en",
            "condition": "born_digital", "template": "x",
            "fields": {k: ([] if k in ("case_numbers", "service_dates") else None) for k in make_families.FIELDS}}
    make_families.check_truth(good, "ok")
    bad = json.loads(json.dumps(good))
    bad["fields"]["claim_amount"] = "$1,200.00"
    with pytest.raises(SystemExit):
        make_families.check_truth(bad, "bad")


def test_stored_truth_files_have_the_contract_shape():
    files = sorted(make_families.OUT.glob("*.truth.json"))
    assert len(files) >= 60
    for tf in files:
        data = json.loads(tf.read_text())
        docs = data if isinstance(data, list) else [data]
        for t in docs:
            make_families.check_truth(t, tf.name)
            assert ("pages" in t) == isinstance(data, list)
        assert Path(str(tf)[: -len(".truth.json")]).exists()
