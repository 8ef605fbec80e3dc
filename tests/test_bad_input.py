"""Bad input: a one-line error naming the file, a documented exit code, no traceback, the input untouched."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from fpdf import FPDF
from PIL import Image

from intake.errors import ExitCode
from tests.conftest import SAMPLES, intake_cmd


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_and_check(path, expect_codes):
    before = digest(path) if path.exists() else None
    got = intake_cmd("process", str(path), "--json")
    assert "Traceback" not in got.stderr
    assert got.returncode in expect_codes, got.stderr
    if got.returncode != 0:
        lines = got.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]
    if before:
        assert digest(path) == before, "the input file was changed"
    return got


def test_zero_byte(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    got = run_and_check(path, {ExitCode.input_file})
    assert "empty" in got.stderr


def test_not_a_document(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("just some text, not an image")
    run_and_check(path, {ExitCode.input_file})


def test_missing_file(tmp_path):
    run_and_check(tmp_path / "nowhere.pdf", {ExitCode.input_file})


def test_truncated_pdf(tmp_path):
    data = (SAMPLES / "bd_classic_mednec.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    run_and_check(path, {ExitCode.ok, ExitCode.input_file})


def test_password_protected_pdf(tmp_path):
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Member ID: W123456789")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    got = run_and_check(path, {ExitCode.encrypted})
    assert "password" in got.stderr


def test_png_named_pdf_is_read_by_content(tmp_path):
    path = tmp_path / "scan.pdf"
    shutil.copy(SAMPLES / "lowres_grid_oon.png", path)
    got = run_and_check(path, {ExitCode.ok})
    assert json.loads(got.stdout)["document_type"] == "denial_letter"


def test_image_without_text(tmp_path):
    path = tmp_path / "white.png"
    Image.new("L", (1275, 1650), 255).save(path, dpi=(150, 150))
    got = run_and_check(path, {ExitCode.ok})
    result = json.loads(got.stdout)
    assert result["document_type"] == "other" and len(result["missing"]) == 11


def test_decompression_bomb(tmp_path):
    path = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000), 1).save(path)
    got = run_and_check(path, {ExitCode.too_large})
    assert "too large" in got.stderr


def test_long_pdf_processes_page_by_page(tmp_path):
    pdf = FPDF(format="letter")
    for i in range(300):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        if i % 3 == 0:
            pdf.cell(0, 8, "Cascade Mutual Health", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 8, "RE: Notice of denial", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Page {i % 3 + 1} of 3", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Member ID: W{100000000 + i // 3}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, "We have denied the claim because the service is not medically necessary. " * 4)
    path = tmp_path / "day-of-mail.pdf"
    pdf.output(str(path))
    got = run_and_check(path, {ExitCode.ok})
    docs = json.loads(got.stdout)
    assert len(docs) == 100 and docs[-1]["pages"] == [298, 299, 300]


def test_batch_goes_on_past_a_bad_file(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 garbage")
    good = SAMPLES / "bd_classic_mednec.pdf"
    got = intake_cmd("process", str(bad), str(good), "--json")
    assert got.returncode == ExitCode.some_failed
    assert json.loads(got.stdout)["file"] == str(good)
    assert str(bad) in got.stderr and "Traceback" not in got.stderr


@pytest.mark.parametrize("args", [pytest.param(["--help"], id="help"), pytest.param(["process", "--help"], id="sub")])
def test_help(args):
    got = intake_cmd(*args)
    assert got.returncode == 0 and "Usage" in got.stdout


def test_missing_tesseract_is_one_line_exit_6(tmp_path):
    """A machine without Tesseract: the documented exit code and a line saying what to install."""
    import sys
    from pathlib import Path

    got = intake_cmd("process", str(SAMPLES / "lowres_grid_oon.png"),
                     env={"PATH": str(Path(sys.executable).parent)})
    assert got.returncode == ExitCode.missing_dependency
    assert "tesseract" in got.stderr and "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1
