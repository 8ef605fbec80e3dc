"""Damaged files in the watched folder and through the shared queue: each goes to failed/ with its reason
in words, the rest of the mail is read and archived, and nothing else reaches the terminal."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, intake_cmd
from tests.fuzz import generate
from tests.pg import TempPostgres
from tests.services import TempRedis, Worker

# name in the inbox -> (variant, words its reason must hold)
DAMAGED = {"looping.pdf": ("pdf_tree_loop.pdf", "page list is damaged or refers to itself"),
           "locked.pdf": ("pdf_encrypted_0.pdf", "protected by a password"),
           "bomb.png": ("png_bomb_0.png", "too large"),
           "cut-fax.tif": ("tiff_small_cut3.tif", "ends early"),
           "huge-image.pdf": ("pdf_huge_image_1.pdf", "image too large to read")}
GOOD = ["bd_classic_mednec.pdf", "e_bd_side_mednec.pdf"]
CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning)\b")


@pytest.fixture(scope="module")
def variants() -> dict[str, bytes]:
    wanted = {name for name, _ in DAMAGED.values()}
    return {v.name: v.data for v in generate.variants() if v.name in wanted}


def _fill(inbox: Path, variants: dict[str, bytes], good: list[str]) -> None:
    inbox.mkdir()
    for name, (variant, _) in DAMAGED.items():
        (inbox / name).write_bytes(variants[variant])
    for name in good:
        shutil.copy(SAMPLES / name, inbox / name)


def _check_rooms(archive: Path, failed: Path, inbox: Path, good: list[str]) -> None:
    assert not list(inbox.iterdir())
    assert sorted(p.name for p in archive.glob("*.pdf")) == sorted(good)  # the rest flowed on
    for name, (_, words) in DAMAGED.items():
        assert (failed / name).exists(), name
        reason = (failed / f"{name}.txt").read_text().strip()
        assert reason.startswith(f"{name}: ") and words in reason, reason
        assert not CLASS_NAME.search(reason) and "internal error" not in reason, reason


def test_the_watched_folder_fails_damaged_files_and_reads_the_rest(variants, tmp_path):
    inbox, archive, failed = tmp_path / "inbox", tmp_path / "archive", tmp_path / "failed"
    _fill(inbox, variants, GOOD)
    got = intake_cmd("watch", str(inbox), "--archive", str(archive), "--failed", str(failed), "--db",
                     f"sqlite:///{tmp_path / 'intake.db'}", "--settle", "0.3", "--interval", "0.2", "--once")
    assert got.returncode == 0, got.stderr
    assert got.stderr.strip() == f"intake watch: {len(DAMAGED) + len(GOOD)} file(s) handled"  # no noise
    _check_rooms(archive, failed, inbox, GOOD)


@pytest.mark.ocr
def test_the_queue_fails_damaged_files_and_reads_the_rest(variants, tmp_path):
    """Through real Redis, PostgreSQL and a worker: the looping and the huge-image PDFs open fine and fail
    in the worker, the others already at the producer; both end in failed/ with their reason."""
    pg, redis = TempPostgres(), TempRedis()
    db, broker = pg.start(), redis.start()
    worker = None
    try:
        worker = Worker("fuzz@test", broker, db, tmp_path)
        inbox, archive, failed = tmp_path / "inbox", tmp_path / "archive", tmp_path / "failed"
        _fill(inbox, variants, GOOD)
        got = intake_cmd("watch", str(inbox), "--archive", str(archive), "--failed", str(failed), "--broker", broker,
                         "--db", db, "--settle", "0.3", "--interval", "0.2", "--once")
        assert got.returncode == 0, got.stderr
        assert got.stderr.strip() == f"intake watch: {len(DAMAGED) + len(GOOD)} file(s) handled"
        _check_rooms(archive, failed, inbox, GOOD)
        status = intake_cmd("queue", "status", "--db", db)
        assert status.returncode == 0
    finally:
        if worker:
            worker.stop()
        redis.stop()
        pg.stop()
