"""Leader dots and dashes painted out before OCR (intake/leaders.py): the rows found from component boxes alone,
and a real page whose label column Tesseract reads once the leaders are gone."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from intake import imaging, leaders, ocr
from intake.leaders import Mark, leader_chains

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROWS = [("Claimant", "Quilla R. Example"), ("Case ID", "QX5512001"), ("Request no.", "QH-7000001"),
        ("Date of this notice", "Apr 14, 2031"), ("Home health agency", "Example Home Services")]


def _dots(y: int, x0: int, x1: int, step: int = 10, size: int = 5, h: int | None = None) -> list[Mark]:
    return [Mark(i, x, y, size, h or size) for i, x in enumerate(range(x0, x1, step))]


def test_an_even_row_of_dots_on_one_baseline_is_a_leader():
    chains = leader_chains(_dots(500, 300, 700))
    assert len(chains) == 1 and len(chains[0]) == 40


def test_a_row_of_dashes_is_a_leader():
    chains = leader_chains([Mark(i, x, 500, 14, 3) for i, x in enumerate(range(300, 700, 22))])
    assert len(chains) == 1


def test_an_ellipsis_and_scattered_specks_are_no_leader():
    assert leader_chains(_dots(500, 300, 330)) == []                 # '...': three dots
    rng = np.random.default_rng(7)
    specks = [Mark(i, int(x), int(y), 4, 4) for i, (x, y) in enumerate(rng.integers(200, 2000, size=(300, 2)))]
    assert leader_chains(specks) == []                                 # a photocopy's speckle


def test_small_letters_of_different_widths_are_no_leader():
    """Six-point caption letters are as small as dots, but unevenly wide and spaced: no leader."""
    widths = [5, 9, 4, 8, 5, 9, 4, 8, 6, 9]
    marks, x = [], 300
    for i, w in enumerate(widths):
        marks.append(Mark(i, x, 500, w, 8))
        x += w + (2 if i % 2 else 5)
    assert leader_chains(marks) == []


def _form_page() -> Image.Image:
    """A notice's label column with dot leaders, drawn at 300 dpi in 10 pt type."""
    img = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    for i, (label, value) in enumerate(ROWS):
        y = 600 + i * 80
        draw.text((300, y), label, fill=0, font=font)
        lx = 300 + draw.textlength(label, font=font) + 20
        vx = 2200 - draw.textlength(value, font=font)
        dots = "." * int((vx - 20 - lx) / draw.textlength(".", font=font))
        draw.text((lx, y), dots, fill=0, font=font)
        draw.text((vx, y), value, fill=0, font=font)
    draw.text((300, 1200), "We cannot approve this request.", fill=0, font=font)
    img.info["dpi"] = (300, 300)
    return img


def _rows_read(img: Image.Image) -> int:
    text = " ".join(w.text for w in ocr.ocr_words(img))
    return sum(1 for label, value in ROWS if re.search(re.escape(label.split()[0]), text) and value.split()[-1] in text)


def test_the_leaders_of_a_label_column_are_painted_out_and_nothing_else():
    img = _form_page()
    out = leaders.erase_leaders(img)
    a, b = np.asarray(img), np.asarray(out)
    changed = np.nonzero(a != b)
    assert changed[0].size > 0
    font = ImageFont.truetype(FONT, 40)
    for i, (label, value) in enumerate(ROWS):  # the words themselves are untouched: only the dots between them
        y, end = 600 + i * 80, 300 + int(font.getlength(label))
        start = 2200 - int(font.getlength(value))
        assert (a[y:y + 50, 300:end] == b[y:y + 50, 300:end]).all()
        assert (a[y:y + 50, start:2200] == b[y:y + 50, start:2200]).all()
        assert (b[y:y + 50, end + 40:start - 40] == 255).all()  # and the dots between them are gone
    assert (a[1200:1260] == b[1200:1260]).all()  # the sentence below is untouched
    assert leaders.erase_leaders(Image.new("L", (2550, 3300), 255)) is not None


def test_a_page_without_leaders_is_left_as_it_is():
    img = Image.new("L", (2550, 3300), 255)
    ImageDraw.Draw(img).text((300, 600), "Member ID: QX5512001 ... see page 2", fill=0,
                             font=ImageFont.truetype(FONT, 40))
    assert leaders.erase_leaders(img) is img


@pytest.mark.ocr
def test_a_label_column_with_dot_leaders_reads_whole_once_the_dots_are_gone(monkeypatch):
    """The measure behind the step: Tesseract reads the rows' labels and values with the leaders gone, where the
    dots glued to them cost rows before."""
    img = _form_page()
    prepared = imaging.prepare(img)
    assert "leaders" in prepared.changed
    with monkeypatch.context() as m:
        m.setattr(leaders, "erase_leaders", lambda page: page)
        before = imaging.prepare(img)
    assert prepared.image.size == before.image.size  # word boxes still match the page
    assert _rows_read(prepared.image) == len(ROWS)
    assert _rows_read(prepared.image) > _rows_read(before.image)
