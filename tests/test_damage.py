"""Reasons in words for damaged files, duplicates named, library noise kept to -vv: the pure parts and the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image

from intake import damage
from intake.duplicates import Duplicate, sort_out, summary_lines
from intake.errors import EncryptedPdfError, InputFileError, InputTooLargeError
from tests.conftest import ROOT, SAMPLES, intake_cmd
from tests.fuzz import generate


def test_copies_in_a_batch_are_named_with_what_they_repeat():
    paths = ["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf"]
    hashes = {"a.pdf": "1", "b.pdf": "2", "c.pdf": "1", "d.pdf": "3", "e.pdf": ""}
    todo, dupes = sort_out(paths, hashes, done={"3": "old-scan.pdf"})
    assert todo == ["a.pdf", "b.pdf", "e.pdf"]  # a file that could not be hashed is read (and fails on its own)
    assert dupes == [Duplicate("c.pdf", "a.pdf"), Duplicate("d.pdf", "old-scan.pdf", earlier_run=True)]
    assert summary_lines(dupes) == ["skipped as copies: 2", "  c.pdf: same content as a.pdf",
                                    "  d.pdf: same content as old-scan.pdf (done in an earlier run)"]


@pytest.mark.parametrize("message,kind,words", [
    ("Failed to load document (PDFium: Incorrect password error).", EncryptedPdfError, "password"),
    ("Failed to load document (PDFium: Security error).", EncryptedPdfError, "encryption"),
    ("Failed to load document (PDFium: Data format error).", InputFileError, "ends early"),
])
def test_pdf_open_failures_in_words(tmp_path, message, kind, words):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj")  # no %%EOF: cut short
    err = damage.pdf_open_error(message, path)
    assert isinstance(err, kind) and words in err.message and str(path) in err.one_line()


@pytest.mark.parametrize("exc,kind,words", [
    (OSError("image file is truncated (64 bytes not processed)"), InputFileError, "the TIFF's image data ends early"),
    (OSError("decoder error -2"), InputFileError, "the TIFF's image data is damaged"),
    (ValueError("Decompressed data too large for PngImagePlugin.MAX_TEXT_CHUNK"), InputTooLargeError, "bomb"),
    (Image.DecompressionBombError("too big"), InputTooLargeError, "too large"),
    (SyntaxError("broken PNG file"), InputFileError, "damaged"),
])
def test_image_failures_in_words(tmp_path, exc, kind, words):
    path = tmp_path / "fax.png"  # the name lies: the content decides what the reason calls it
    path.write_bytes(b"II*\x00" + b"\0" * 20)
    err = damage.image_error(exc, path)
    assert isinstance(err, kind) and words in err.message, err.message
    assert "Error" not in err.one_line()


def test_a_failure_inside_intake_is_still_a_bug(tmp_path):
    """Only a library's failure on a file's content becomes the file's reason; intake's own stays exit 15."""
    from intake.sources import sniff

    with pytest.raises(AttributeError):
        with damage.reading(tmp_path / "x.pdf"):
            sniff(None)  # raised in intake's own code
    with pytest.raises(InputFileError, match="the TIFF's header is damaged"):
        with damage.reading(SAMPLES / "faxs_eob_paid.tif"):
            Image.open(tmp_path.joinpath("bad.tif").write_bytes(b"II*\x00\x08\x00\x00\x00\x00\x00") and
                       tmp_path / "bad.tif")


def test_a_page_list_that_loops_is_exit_3_in_words(tmp_path):
    path = tmp_path / "loop.pdf"
    path.write_bytes(next(v.data for v in generate.hostile_pdfs() if v.name == "pdf_tree_loop.pdf"))
    got = intake_cmd("process", str(path))
    assert got.returncode == 3
    assert got.stderr.strip() == (f"intake: error: {path}: page 1 of the PDF cannot be found: its page list is "
                                  "damaged or refers to itself")


def test_library_messages_only_with_debug(tmp_path):
    """libtiff prints to the C stderr and Pillow warns about EXIF: neither reaches the terminal by default,
    both are there with -vv."""
    path = tmp_path / "fax.tif"
    path.write_bytes(next(v.data for v in generate.tiff_tags() if v.name == "tiff_tags_5.tif"))
    quiet = intake_cmd("process", str(path))
    assert quiet.returncode == 3 and len(quiet.stderr.strip().splitlines()) == 1, quiet.stderr
    assert "the TIFF's image data is damaged" in quiet.stderr
    loud = intake_cmd("process", str(path), "-vv")
    assert "Fax3SetupState" in loud.stderr and "DEBUG intake.library" in loud.stderr
    exif = tmp_path / "exif.tif"
    exif.write_bytes(b"II*\x00\x08\x00\x00\x00\x00\x00")
    assert "UserWarning" not in intake_cmd("process", str(exif)).stderr
    assert "Corrupt EXIF" in intake_cmd("process", str(exif), "-vv").stderr


def test_quiet_keeps_the_python_stderr_of_a_child(tmp_path):
    """After install, Python's own writes still reach the real stderr; fd 2 writes go to the debug log."""
    code = ("import os, sys, logging; logging.basicConfig(level=logging.WARNING); from intake import quiet; "
            "quiet.install(0); os.write(2, b'libtiff: noise\\n'); print('ours', file=sys.stderr); "
            "import time; time.sleep(0.2)")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert got.stderr == "ours\n"


def test_a_batch_names_its_copies_in_the_summary_and_the_json_lines(tmp_path):
    import json
    import shutil

    for name in ("first.pdf", "again.pdf"):
        shutil.copy(SAMPLES / "bd_classic_mednec.pdf", tmp_path / name)
    db, lines = f"sqlite:///{tmp_path / 'intake.db'}", tmp_path / "out.jsonl"
    got = intake_cmd("batch", str(tmp_path / "first.pdf"), str(tmp_path / "again.pdf"), "--db", db, "--json-out",
                     str(lines))
    assert got.returncode == 0, got.stderr
    assert f"  {tmp_path / 'again.pdf'}: same content as {tmp_path / 'first.pdf'}" in got.stderr.splitlines()
    rows = [json.loads(line) for line in lines.read_text().splitlines()]
    assert rows[-1] == {"file": str(tmp_path / "again.pdf"), "skipped": "duplicate",
                        "same_content_as": str(tmp_path / "first.pdf"), "earlier_run": False}
    later = intake_cmd("batch", str(tmp_path / "again.pdf"), "--db", db)
    assert f"  {tmp_path / 'again.pdf'}: same content as first.pdf (done in an earlier run)" in later.stderr


def test_a_time_limit_goes_up_unchanged(tmp_path):
    """A worker's soft time limit lands wherever the job is, often inside a library: it is not the file's
    fault, so the worker may try again (tests/test_distributed.py's poison file)."""
    from billiard.exceptions import SoftTimeLimitExceeded

    for exc in (SoftTimeLimitExceeded(), TimeoutError("Tesseract took longer than 2 s on page")):
        with pytest.raises(type(exc)):
            with damage.reading(tmp_path / "x.pdf", 1):
                raise exc  # raised outside intake's own code, like a library's failure
