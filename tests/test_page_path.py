"""The page path's speed work must not change what is read: preparation decisions, TSV reading, the early
Tesseract start on files that need no preparing, and stopping a run nobody needs."""

from __future__ import annotations

import os
import subprocess
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from intake import imaging, ocr
from intake.reader import ocr_image, read_page, read_pages, readable_as_is
from intake.sources import open_source

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Cascade Mutual Health Plan", "Member ID: W123456789", "Claim number 2026-0412-7781",
         "Your request for physical therapy was denied because", "it is not medically necessary.",
         "Date of service: 03/14/2026   Amount billed: $1,240.00"]


def letter(angle: float = 0.0, dpi: int = 300) -> Image.Image:
    """A grey letter page drawn at 300 dpi, turned by angle degrees (a skewed scan)."""
    img = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 42) if os.path.exists(FONT) else ImageFont.load_default(42)
    for i, line in enumerate(LINES):
        draw.text((250, 300 + i * 90), line, fill=0, font=font)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    if dpi != 300:
        img = img.resize((img.width * dpi // 300, img.height * dpi // 300), Image.LANCZOS)
    img.info["dpi"] = (dpi, dpi)
    return img


def save(img: Image.Image, path, **kw):
    img.save(path, dpi=img.info.get("dpi", (300, 300)), **kw)
    return path


# --- preparation: pure decisions on pixels --------------------------------------------------------------

def test_clean_grey_page_needs_no_preparing():
    page = imaging.prepare(letter())
    assert page.changed == () and page.skew == 0.0 and not page.blank


def test_skewed_page_is_levelled():
    page = imaging.prepare(letter(angle=2.0))
    assert "deskew" in page.changed
    assert abs(abs(page.skew) - 2.0) < 0.3


def test_low_resolution_page_is_scaled_up():
    page = imaging.prepare(letter(dpi=150))
    assert "resolution" in page.changed
    assert page.image.width == pytest.approx(2550, rel=0.02)


def test_colour_page_is_made_grey():
    page = imaging.prepare(letter().convert("RGB"))
    assert "grey" in page.changed and page.image.mode == "L"


def test_blank_page_is_seen_as_blank():
    blank = Image.new("L", (2550, 3300), 250)
    blank.info["dpi"] = (300, 300)
    assert imaging.prepare(blank).blank


@settings(max_examples=40, deadline=None)
@given(st.integers(8, 60), st.integers(8, 60), st.sampled_from([3, 5]), st.integers(0, 2**32 - 1))
def test_max_filter_is_pils_pixel_for_pixel(w, h, size, seed):
    pixels = np.random.default_rng(seed).integers(0, 256, (h, w), dtype=np.uint8)
    img = Image.fromarray(pixels, "L")
    assert np.array_equal(np.asarray(imaging.max_filter(img, size)), np.asarray(img.filter(ImageFilter.MaxFilter(size))))


# --- Tesseract's TSV ----------------------------------------------------------------------------------

TSV = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
       "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n"
       "4\t1\t1\t1\t1\t0\t250\t300\t900\t50\t-1\t\n"
       "5\t1\t1\t1\t1\t1\t250\t300\t200\t50\t96.51\tMember\n"
       "5\t1\t1\t1\t1\t2\t470\t300\t80\t50\t91.2\tID:\n"
       "5\t1\t1\t1\t2\t1\t250\t390\t300\t50\t88\tW123456789\n"
       "5\t1\t1\t1\t2\t2\t560\t390\t10\t50\t95\t \n")


def test_tsv_words_keep_boxes_lines_and_whole_percent_confidence():
    words = ocr.words_from_tsv(TSV)
    assert [w.text for w in words] == ["Member", "ID:", "W123456789"]
    assert words[0].bbox == (250.0, 300.0, 450.0, 350.0)
    assert words[0].conf == 0.96  # whole percent, as pytesseract gave it
    assert words[0].group == words[1].group != words[2].group


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_tsv_reading_never_raises(text):
    ocr.words_from_tsv(text)
    ocr.words_from_tsv(TSV.split("\n")[0] + "\n" + text)


# --- reading a file as it is ---------------------------------------------------------------------------

def test_only_lossless_grey_upright_single_frame_files_are_read_as_is(tmp_path):
    page = letter()
    assert readable_as_is(Image.open(save(page, tmp_path / "a.png")))
    assert readable_as_is(Image.open(save(page, tmp_path / "a.tif", compression="tiff_lzw")))
    assert not readable_as_is(Image.open(save(page.convert("RGB"), tmp_path / "rgb.png")))
    assert not readable_as_is(Image.open(save(page, tmp_path / "a.jpg", quality=90)))
    assert not readable_as_is(Image.open(save(letter(dpi=150), tmp_path / "low.png")))
    assert not readable_as_is(Image.open(save(page.rotate(90, expand=True), tmp_path / "side.png")))
    page.save(tmp_path / "two.tif", save_all=True, append_images=[page], dpi=(300, 300))
    assert not readable_as_is(Image.open(tmp_path / "two.tif"))


def _tesseracts() -> int:
    out = subprocess.run(["pgrep", "-c", "-P", str(os.getpid()), "tesseract"], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


@pytest.mark.ocr
@pytest.mark.parametrize("angle", [pytest.param(0.0, id="clean-kept"), pytest.param(2.5, id="skewed-dropped")])
def test_early_read_gives_the_same_page_as_the_ordinary_path(tmp_path, angle):
    """A clean file's early read is kept; a skewed one's is dropped and the levelled page read instead.
    Either way the page is exactly what the ordinary path reads, and no Tesseract is left running."""
    path = save(letter(angle), tmp_path / "page.png")
    early = ocr_image(Image.open(path), 1, path, read_ahead=True)
    ordinary = ocr_image(Image.open(path), 1, path, read_ahead=False)
    assert early == ordinary
    assert "W123456789" in " ".join(line.text for line in early.lines)
    assert _tesseracts() == 0


@pytest.mark.ocr
def test_cancelled_run_stops_tesseract_and_leaves_no_files(tmp_path):
    path = save(letter(), tmp_path / "page.png")
    run = ocr.TesseractRun(str(path))
    scratch = run._tmp.name
    time.sleep(0.2)
    run.cancel()
    assert run._proc.poll() is not None
    assert not os.path.exists(scratch)
    assert _tesseracts() == 0


@pytest.mark.ocr
def test_a_page_read_by_a_batch_worker_matches_process(tmp_path):
    """Workers read a page in place (no copy of its pixels) and never start Tesseract early."""
    path = save(letter(angle=1.5), tmp_path / "page.png")
    source = open_source(path)
    assert read_page(source, 1) == ocr_image(Image.open(path), 1, path)


# --- several pages through one Tesseract process --------------------------------------------------------

def test_tsv_of_several_pages_is_split_by_page_with_lines_counted_per_page():
    second = "\n".join(row.replace("5\t1\t", "5\t2\t", 1) for row in TSV.split("\n")[3:] if row)
    pages = ocr.pages_from_tsv(TSV + second + "\n")
    assert sorted(pages) == [1, 2]
    assert [w.text for w in pages[2]] == [w.text for w in pages[1]]
    assert [w.group for w in pages[2]] == [w.group for w in pages[1]] == [0, 0, 1]


@pytest.mark.ocr
def test_pages_read_together_are_the_pages_read_alone(tmp_path):
    """One Tesseract process for a group changes nothing a page reads: two TIFF frames and a PNG."""
    first, second = letter(), letter(angle=1.0)
    first.save(tmp_path / "two.tif", save_all=True, append_images=[second], dpi=(300, 300))
    png = save(letter(angle=-0.5), tmp_path / "one.png")
    tif, one = open_source(tmp_path / "two.tif"), open_source(png)
    items = [(tif, 1), (one, 1), (tif, 2)]
    together = list(read_pages(items, together=True))
    assert together == [read_page(source, n) for source, n in items]
    assert all("W123456789" in " ".join(line.text for line in page.lines) for page in together)


@pytest.mark.ocr
def test_a_damaged_page_fails_alone_and_its_group_is_read(tmp_path):
    from intake.errors import InputFileError

    good = save(letter(), tmp_path / "good.png")
    whole = save(letter(), tmp_path / "whole.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(whole[: len(whole) // 2])
    got = list(read_pages([(open_source(good), 1), (open_source(tmp_path / "cut.png"), 1)], together=True))
    assert isinstance(got[1], InputFileError) and "the PNG ends early" in str(got[1])
    assert "W123456789" in " ".join(line.text for line in got[0].lines)


@pytest.mark.ocr
def test_batch_groups_short_files_and_reports_each_on_its_own(tmp_path):
    from intake.batch import run_batch

    paths = [save(letter(), tmp_path / f"letter{i}.png") for i in range(3)]
    whole = paths[0].read_bytes()
    (tmp_path / "cut.png").write_bytes(whole[: len(whole) // 2])
    reports = []
    summary = run_batch([str(p) for p in paths[:2]] + [str(tmp_path / "cut.png"), str(paths[2])], jobs=2,
                        on_report=reports.append)
    by_name = {os.path.basename(r.path): r for r in reports}
    assert sorted(by_name) == ["cut.png", "letter0.png", "letter1.png", "letter2.png"]
    assert by_name["cut.png"].error and "cut.png" in by_name["cut.png"].error
    for name in ("letter0.png", "letter1.png", "letter2.png"):
        fields = by_name[name].results[0].fields
        assert fields["member_id"].value == "W123456789", name
    assert summary.pages == 3 and len(summary.failures) == 1


@pytest.mark.ocr
def test_process_reads_a_file_as_a_batch_worker_does(tmp_path):
    """One reader: intake process (pages alone, Tesseract started early on a rendered PGM) and a batch or
    queue job (the pages through one Tesseract process) get the same pages from a scanned PDF."""
    from intake.pipeline import read

    first, second = letter(), letter(angle=1.0)
    first.save(tmp_path / "two.pdf", save_all=True, append_images=[second], resolution=300)
    source = open_source(tmp_path / "two.pdf")
    alone = read(source, read_ahead=True)
    together = list(read_pages([(source, 1), (source, 2)], together=True))
    assert [p.method for p in alone] == ["ocr", "ocr"]
    assert alone == together
    assert _tesseracts() == 0


@pytest.mark.ocr
def test_starting_tesseract_loads_nothing_unless_asked(tmp_path):
    """Warm-up is the pipeline's explicit step: a TesseractRun alone starts no spaCy loading."""
    import sys

    path = save(letter(), tmp_path / "page.png")
    code = ("import threading; from intake import ocr, warm; warm.arm(None); "
            f"run = ocr.TesseractRun({str(path)!r}); "
            "alone = [t.name for t in threading.enumerate()]; run.cancel(); "
            f"run = ocr.TesseractRun({str(path)!r}, on_start=warm.start); "
            "asked = [t.name for t in threading.enumerate()]; run.cancel(); "
            "print('intake-warm-up' in alone, 'intake-warm-up' in asked)")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert got.stdout.split() == ["False", "True"], got.stderr
